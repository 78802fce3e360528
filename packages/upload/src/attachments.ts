// The `type{owner_id}_{id}[_{access_key}]` strings messages.send and wall.post take, from a save
// method's response. Voice messages and graffiti are documents on the wire (`doc…`).
import type { UploadResultKind } from '@vkts/types';
import { isRecord } from '@vkts/internals';

function attachmentOf(type: string, value: unknown, idKey = 'id'): string | undefined {
  if (!isRecord(value)) return undefined;
  const owner = value['owner_id'];
  const id = value[idKey];
  if (typeof owner !== 'number' || typeof id !== 'number') return undefined;
  const key = value['access_key'];
  return `${type}${owner}_${id}${typeof key === 'string' && key !== '' ? `_${key}` : ''}`;
}

/** The attachment strings of a response, or a sentence saying what was missing. */
export function attachmentsOf(kind: UploadResultKind, response: unknown): { ok: true; attachments: string[] } | { ok: false; problem: string } {
  const all = (type: string, items: unknown, idKey?: string): { ok: true; attachments: string[] } | { ok: false; problem: string } => {
    if (!Array.isArray(items) || items.length === 0) return { ok: false, problem: 'no items' };
    const attachments: string[] = [];
    for (const item of items) {
      const attachment = attachmentOf(type, item, idKey);
      if (attachment === undefined) return { ok: false, problem: 'an item without owner_id and id' };
      attachments.push(attachment);
    }
    return { ok: true, attachments };
  };
  switch (kind) {
    case 'none':
      return { ok: true, attachments: [] };
    case 'photos':
      return all('photo', response);
    case 'stories':
      return all('story', isRecord(response) ? response['items'] : undefined);
    case 'video':
      return all('video', [response], 'video_id');
    case 'doc': {
      const type = isRecord(response) ? response['type'] : undefined;
      return typeof type === 'string' && isRecord(response) ? all('doc', [response[type]]) : { ok: false, problem: 'no `type` saying which object it saved' };
    }
  }
}
