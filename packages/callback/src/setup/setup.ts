// callback.setup(): bring a community's Callback server for our URL to the wanted state, the way
// vksdk's AutoSetting does, plus what it leaves out: duplicate servers go, the secret is
// unbiased, the receiver learns the confirmation code before VK can ask for it, every event flag
// is sent (`false` for the unhandled ones, so leftovers from earlier runs are switched off),
// `api_version` is set, VK's confirmation is awaited, and a run that finds everything in place
// changes nothing.
import type {
  BaseOkResponse,
  CallbackEventType,
  GroupsAddCallbackServerParams,
  GroupsAddCallbackServerResponse,
  GroupsCallbackServer,
  GroupsDeleteCallbackServerParams,
  GroupsEditCallbackServerParams,
  GroupsGetCallbackConfirmationCodeParams,
  GroupsGetCallbackConfirmationCodeResponse,
  GroupsGetCallbackServersParams,
  GroupsGetCallbackServersResponse,
  GroupsGetCallbackSettingsParams,
  GroupsGetCallbackSettingsResponse,
  GroupsSetCallbackSettingsParams,
} from '@vkts/types';
import { describeError } from '@vkts/internals';
import { CallbackSetupError } from '../errors.js';
import { waitForConfirmation } from './confirmation.js';
import { eventFlags } from './event-flags.js';
import { generateSecret } from './secret.js';
import { checkSetupOptions, type CallbackSetupOptions } from './setup-options.js';
import { settingsMatch, wantedFlags } from './settings.js';

export type { CallbackSetupOptions } from './setup-options.js';

/**
 * The methods setup calls. A client from `createApi()` (@vkts/api) fits; so does anything with
 * these methods. The token must be allowed to manage the community (a community token with the
 * `manage` right, or an admin's user token).
 */
export interface CallbackSetupApi {
  readonly groups: {
    getCallbackServers(params: GroupsGetCallbackServersParams): Promise<GroupsGetCallbackServersResponse>;
    deleteCallbackServer(params: GroupsDeleteCallbackServerParams): Promise<BaseOkResponse>;
    getCallbackConfirmationCode(params: GroupsGetCallbackConfirmationCodeParams): Promise<GroupsGetCallbackConfirmationCodeResponse>;
    addCallbackServer(params: GroupsAddCallbackServerParams): Promise<GroupsAddCallbackServerResponse>;
    editCallbackServer(params: GroupsEditCallbackServerParams): Promise<BaseOkResponse>;
    getCallbackSettings(params: GroupsGetCallbackSettingsParams): Promise<GroupsGetCallbackSettingsResponse>;
    setCallbackSettings(params: GroupsSetCallbackSettingsParams): Promise<BaseOkResponse>;
  };
}

/** One change setup made; nothing is listed when everything was already in place. */
export type CallbackSetupAction =
  | { readonly kind: 'deleted'; readonly serverId: number; readonly reason: 'broken' | 'duplicate'; readonly status: GroupsCallbackServer['status'] }
  | { readonly kind: 'added'; readonly serverId: number }
  | { readonly kind: 'edited'; readonly serverId: number; readonly fields: readonly ('title' | 'secret_key')[] }
  | { readonly kind: 'settings'; readonly serverId: number; readonly apiVersion: string; readonly on: readonly CallbackEventType[]; readonly off: number }
  | { readonly kind: 'confirmed'; readonly serverId: number };

export interface CallbackSetupResult {
  readonly groupId: number;
  readonly serverId: number;
  readonly url: string;
  /** False when the run found everything as wanted and called nothing that changes state. */
  readonly changed: boolean;
  readonly actions: readonly CallbackSetupAction[];
  /** Where the secret came from (its value is never part of the result: results get logged). */
  readonly secret: 'generated' | 'given' | 'kept';
  readonly apiVersion: string;
  /** The events switched on. */
  readonly events: readonly CallbackEventType[];
  /** Wanted events that have no switch in groups.setCallbackSettings (e.g. `confirmation`). */
  readonly eventsWithoutFlag: readonly CallbackEventType[];
}

/** What setup needs from the receiver it configures. */
export interface SetupReceiver {
  handledTypes(): CallbackEventType[];
  /** Make the running receiver answer this community's confirmation and check its secret. */
  learn(groupId: number, confirmation: string, secret: string): void;
}

export async function setupCallback(api: CallbackSetupApi, receiver: SetupReceiver, options: CallbackSetupOptions): Promise<CallbackSetupResult> {
  const plan = checkSetupOptions(receiver, options);
  const { groupId, url, title } = plan;
  const actions: CallbackSetupAction[] = [];
  const step = <T>(name: CallbackSetupError['step'], what: string, call: () => Promise<T>): Promise<T> => {
    plan.signal?.throwIfAborted();
    return call().catch((error: unknown) => {
      throw new CallbackSetupError(groupId, name, `${what} failed: ${describeError(error)}`, { cause: error });
    });
  };

  // 1. Our servers (same URL): keep the first that works, delete the broken ones and duplicates.
  const listed = await step('list', 'groups.getCallbackServers', () => api.groups.getCallbackServers({ group_id: groupId }));
  const ours = listed.items.filter((server) => server.url === url);
  const kept = ours.find((server) => server.status === 'ok');
  for (const server of ours) {
    if (server === kept) continue;
    await step('delete', `groups.deleteCallbackServer(${server.id})`, () => api.groups.deleteCallbackServer({ group_id: groupId, server_id: server.id }));
    actions.push({ kind: 'deleted', serverId: server.id, reason: server.status === 'ok' ? 'duplicate' : 'broken', status: server.status });
  }

  // 2. The secret: given, kept from the reused server, or new.
  let secret: string;
  let secretSource: CallbackSetupResult['secret'];
  if (plan.secret !== undefined) {
    secret = plan.secret;
    secretSource = 'given';
  } else if (kept !== undefined && kept.secret_key !== '') {
    secret = kept.secret_key;
    secretSource = 'kept';
  } else {
    secret = generateSecret();
    secretSource = 'generated';
  }

  // 3. The receiver must answer VK's confirmation request, which can arrive before
  //    addCallbackServer even returns: learn the code (and secret) first.
  const { code } = await step('confirmation-code', 'groups.getCallbackConfirmationCode', () =>
    api.groups.getCallbackConfirmationCode({ group_id: groupId }),
  );
  receiver.learn(groupId, code, secret);

  // 4. Add the server, or edit the reused one where it differs.
  let serverId: number;
  let mustConfirm: boolean;
  if (kept === undefined) {
    const added = await step('add', 'groups.addCallbackServer', () => api.groups.addCallbackServer({ group_id: groupId, url, title, secret_key: secret }));
    serverId = added.server_id;
    actions.push({ kind: 'added', serverId });
    mustConfirm = true;
  } else {
    serverId = kept.id;
    const fields: ('title' | 'secret_key')[] = [];
    if (kept.title !== title) fields.push('title');
    if (kept.secret_key !== secret) fields.push('secret_key');
    if (fields.length > 0) {
      await step('edit', `groups.editCallbackServer(${serverId})`, () =>
        api.groups.editCallbackServer({ group_id: groupId, server_id: serverId, url, title, secret_key: secret }),
      );
      actions.push({ kind: 'edited', serverId, fields });
    }
    // An edit may send VK back to confirming the server.
    mustConfirm = fields.length > 0;
  }

  // 5. Event flags and api_version, only when they differ from what VK reports.
  const current = await step('settings', 'groups.getCallbackSettings', () => api.groups.getCallbackSettings({ group_id: groupId, server_id: serverId }));
  const wanted = wantedFlags(plan.on);
  // The wanted events VK has a flag for (the others it cannot be asked to send).
  const flagged = plan.on.filter((type) => !plan.withoutFlag.includes(type));
  if (!settingsMatch(current, wanted, plan.apiVersion)) {
    await step('settings', 'groups.setCallbackSettings', () =>
      api.groups.setCallbackSettings({ group_id: groupId, server_id: serverId, api_version: plan.apiVersion, ...wanted }),
    );
    actions.push({ kind: 'settings', serverId, apiVersion: plan.apiVersion, on: flagged, off: eventFlags().length - flagged.length });
  }

  // 6. Wait for VK to confirm the server.
  if (mustConfirm) {
    await waitForConfirmation(api, plan, serverId);
    actions.push({ kind: 'confirmed', serverId });
  }

  return {
    groupId,
    serverId,
    url,
    changed: actions.length > 0,
    actions,
    secret: secretSource,
    apiVersion: plan.apiVersion,
    events: flagged,
    eventsWithoutFlag: plan.withoutFlag,
  };
}

