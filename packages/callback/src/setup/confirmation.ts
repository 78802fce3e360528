// Waiting for VK to confirm a Callback server: poll its status until `ok`, fail clearly on
// `failed`, a vanished server or the time limit.
import type { GroupsCallbackServer } from '@vkts/types';
import { describeError, sleep } from '@vkts/internals';
import { CallbackSetupError } from '../errors.js';
import type { CallbackSetupApi } from './setup.js';
import type { SetupPlan } from './setup-options.js';

export async function waitForConfirmation(api: CallbackSetupApi, plan: SetupPlan, serverId: number): Promise<void> {
  const { groupId, url } = plan;
  const deadline = Date.now() + plan.confirmTimeoutMs;
  let status: GroupsCallbackServer['status'] | 'gone' = 'unconfigured';
  for (;;) {
    const { items } = await api.groups.getCallbackServers({ group_id: groupId, server_ids: [serverId] }).catch((error: unknown) => {
      throw new CallbackSetupError(groupId, 'confirm', `groups.getCallbackServers failed while waiting for confirmation: ${describeError(error)}`, { cause: error });
    });
    const server = items.find((item) => item.id === serverId);
    status = server?.status ?? 'gone';
    if (status === 'ok') return;
    if (status === 'gone') throw new CallbackSetupError(groupId, 'confirm', `server ${serverId} disappeared while waiting for VK to confirm it`);
    if (status === 'failed') {
      throw new CallbackSetupError(
        groupId,
        'confirm',
        `VK could not confirm server ${serverId} (status "failed"): ${url} did not answer VK's confirmation request with the code. ` +
          'Is the receiver running and reachable from the internet at that URL, on a path that reaches callback.handle()?',
      );
    }
    if (Date.now() >= deadline) {
      throw new CallbackSetupError(
        groupId,
        'confirm',
        `VK did not confirm server ${serverId} within ${plan.confirmTimeoutMs} ms (last status "${status}"); is ${url} reachable from the internet?`,
      );
    }
    if (!(await sleep(Math.min(plan.pollIntervalMs, Math.max(0, deadline - Date.now())), plan.signal))) plan.signal?.throwIfAborted();
  }
}
