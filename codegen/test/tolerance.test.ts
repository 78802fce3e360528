import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurated, loadSide } from '../src/diff/index.js';
import { unpackSchemaArchive } from '../src/update/archive.js';

// Each tolerance rule on the real archive that needs it (../shared/vk-api-schema-history).
const history = path.resolve(import.meta.dirname, '../../../shared/vk-api-schema-history');
const archiveOf = (prefix: string): string | undefined => readdirSync(history).find((f) => f.startsWith(prefix) && f.endsWith('.tar.gz'));

async function sideOf(prefix: string) {
  const file = archiveOf(prefix);
  if (file === undefined) throw new Error(`no archive ${prefix}* in ${history}`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vkts-tolerance-'));
  try {
    await unpackSchemaArchive(readFileSync(path.join(history, file)), file, dir);
    return await loadSide(dir, await loadCurated(path.resolve(import.meta.dirname, '../../schema')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.runIf(existsSync(history))('tolerance rules on the real history', () => {
  it('integer-enum-on-string: 748a5e3 groups_group_subject reads as an integer enum', async () => {
    const side = await sideOf('748a5e3');
    expect(side.tolerated).toContainEqual(expect.objectContaining({ rule: 'integer-enum-on-string', file: 'groups/objects.json', where: '/definitions/groups_group_subject' }));
    expect(side.ir.definitions.get('groups_group_subject')?.node).toMatchObject({ kind: 'primitive', type: 'integer' });
    expect(side.apiVersion).toBe('5.131');
  }, 60_000);

  it('properties-empty-array and stale-folder: ff08ec8 builds, adsweb/ (5.131) is left out', async () => {
    const side = await sideOf('ff08ec8');
    expect(side.tolerated).toContainEqual(expect.objectContaining({ rule: 'properties-empty-array', where: '/definitions/groups_classifieds_properties/properties' }));
    expect(side.staleFolders).toEqual([{ folder: 'adsweb', versions: ['5.131'] }]);
    expect(side.ir.methods.some((m) => m.name.startsWith('adsweb.'))).toBe(false);
    expect(side.patches.filter((p) => p.verdict === 'broken')).toEqual([]);
  }, 60_000);
});
