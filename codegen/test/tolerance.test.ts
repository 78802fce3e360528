import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurated, loadSide } from '../src/diff/index.js';
import { adaptVariantTable, loadVariantTable } from '../src/ir/response-variants.js';
import { unpackSchemaArchive } from '../src/update/archive.js';
import { pinnedSchemaDir } from './support/pinned-schema.js';

// Each tolerance rule on the real archive that needs it (../shared/vk-api-schema-history), and the
// pinned schema needing none of them nor any adaptation of the curated tables.
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

  it('orphan-response-shadowing: 748a5e3 newsfeed_ignore_item_response, unused while newsfeed.ignoreItem returns base_ok_response', async () => {
    const side = await sideOf('748a5e3');
    expect(side.tolerated).toContainEqual(expect.objectContaining({ rule: 'orphan-response-shadowing', file: 'newsfeed/responses.json', where: '/definitions/newsfeed_ignore_item_response' }));
    expect(side.ir.definitions.has('newsfeed_ignore_item_response')).toBe(false);
  }, 60_000);

  it('dangling-method-error: 08576fa asr.checkStatus lists an error errors.json lacks', async () => {
    const side = await sideOf('08576fa');
    expect(side.tolerated).toContainEqual(expect.objectContaining({ rule: 'dangling-method-error', file: 'asr/methods.json', detail: expect.stringContaining('api_error_asr_not_found') }));
    expect(side.ir.methods.find((m) => m.name === 'asr.checkStatus')?.errors).not.toContain('api_error_asr_not_found');
  }, 60_000);

  it('properties-empty-array and stale-folder: ff08ec8 builds, adsweb/ (5.131) is left out', async () => {
    const side = await sideOf('ff08ec8');
    expect(side.tolerated).toContainEqual(expect.objectContaining({ rule: 'properties-empty-array', where: '/definitions/groups_classifieds_properties/properties' }));
    expect(side.staleFolders).toEqual([{ folder: 'adsweb', versions: ['5.131'] }]);
    expect(side.ir.methods.some((m) => m.name.startsWith('adsweb.'))).toBe(false);
    expect(side.patches.filter((p) => p.verdict === 'broken')).toEqual([]);
  }, 60_000);

  it('the pinned schema needs no rule, leaves no event out and applies every patch', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-tolerance-pin-'));
    let side;
    try {
      side = await loadSide(await pinnedSchemaDir(path.resolve(import.meta.dirname, '../..'), scratch), await loadCurated(path.resolve(import.meta.dirname, '../../schema')));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    expect(side.tolerated).toEqual([]);
    expect(side.eventsLeftOut).toEqual([]);
    const variants = await loadVariantTable(path.resolve(import.meta.dirname, '../../schema/response-variants.json'));
    expect(adaptVariantTable(variants, side.ir.methods, side.ir.definitions).notes).toEqual([]);
    expect(side.patches.filter((p) => p.verdict !== 'applies')).toEqual([]);
  }, 60_000);
});
