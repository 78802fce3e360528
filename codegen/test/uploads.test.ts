import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemaIR } from '../src/ir/types.js';
import { loadPatchedIR } from '../src/pipeline.js';
import { emitUploads } from '../src/uploads/emit.js';
import { checkUploadRegistry, uploadFlowsNotInSchema } from '../src/uploads/registry.js';
import { pinnedSchemaDir } from './support/pinned-schema.js';

// schema/uploads.json against the pinned schema: it passes as committed, and a schema bump that
// renames a method or param it names stops codegen with the flow and the name.

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
let ir: SchemaIR;
let table: { sources: Record<string, string>; flows: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  ir = (await loadPatchedIR(await pinnedSchemaDir(root, path.join(root, '.tmp')), path.join(root, 'schema'))).ir;
  table = JSON.parse(await readFile(path.join(root, 'schema/uploads.json'), 'utf8'));
});

const withMethod = (name: string, rename: (method: SchemaIR['methods'][number]) => SchemaIR['methods'][number]): Pick<SchemaIR, 'methods'> => ({
  methods: ir.methods.map((method) => (method.name === name ? rename(method) : method)),
});

describe('schema/uploads.json', () => {
  it('names only methods and params the schema has, and covers the flows the SDK promises', () => {
    const checked = checkUploadRegistry(table, ir);
    expect(checked.flows.map((flow) => flow.name)).toEqual(
      expect.arrayContaining(['messagePhoto', 'messageDocument', 'audioMessage', 'graffiti', 'wallPhoto', 'wallDocument', 'document', 'albumPhotos', 'ownerPhoto', 'ownerCover', 'chatPhoto', 'marketProductPhoto', 'marketAlbumPhoto', 'pollPhoto', 'storyPhoto', 'storyVideo', 'video', 'videoThumb', 'appWidgetImage', 'groupWidgetImage']),
    );
    expect(checked.flows.every((flow) => flow.evidence.length > 0)).toBe(true);
  });

  it('stops when the schema renames a method the table names', () => {
    const renamed = withMethod('photos.saveMessagesPhoto', (method) => ({ ...method, name: 'photos.saveMessagePhoto' }));
    expect(() => checkUploadRegistry(table, renamed)).toThrow(/flows\/messagePhoto save: method photos\.saveMessagesPhoto is not in the schema/);
  });

  it('leaves nothing out on the pinned schema', () => {
    expect(uploadFlowsNotInSchema(table, ir)).toEqual([]);
  });

  it('leaves out, and reports, a flow none of whose methods a schema version has (older real versions)', () => {
    const without = { methods: ir.methods.filter((method) => method.name !== 'video.getThumbUploadUrl' && method.name !== 'video.saveUploadedThumb') };
    const leftOut: string[] = [];
    const checked = checkUploadRegistry(table, without, 'schema/uploads.json', leftOut);
    expect(checked.flows.map((flow) => flow.name)).not.toContain('videoThumb');
    expect(leftOut).toEqual(['videoThumb: video.getThumbUploadUrl and video.saveUploadedThumb are not in this schema version — flow left out']);
  });

  it('leaves out a get-server param listed under absentBefore, and only such a param', () => {
    const older = withMethod('photos.getOwnerCoverPhotoUploadServer', (method) => ({ ...method, params: method.params.filter((param) => param.name !== 'is_video_cover') }));
    const leftOut: string[] = [];
    const ownerCover = checkUploadRegistry(table, older, 'schema/uploads.json', leftOut).flows.find((flow) => flow.name === 'ownerCover');
    expect(ownerCover?.getServer.params).toEqual(['group_id', 'crop_x', 'crop_y', 'crop_x2', 'crop_y2']);
    expect(leftOut).toEqual([expect.stringMatching(/^ownerCover: photos\.getOwnerCoverPhotoUploadServer has no param is_video_cover in this schema version \(.+\) — param left out of the flow$/)]);
    const withoutCropX = withMethod('photos.getOwnerCoverPhotoUploadServer', (method) => ({ ...method, params: method.params.filter((param) => param.name !== 'crop_x') }));
    expect(() => checkUploadRegistry(table, withoutCropX)).toThrow(/ownerCover getServer: photos\.getOwnerCoverPhotoUploadServer has no param crop_x/);
  });

  it('stops when the schema renames a param, or makes a new one required', () => {
    const renamedParam = withMethod('photos.getMessagesUploadServer', (method) => ({
      ...method,
      params: method.params.map((param) => (param.name === 'peer_id' ? { ...param, name: 'peer' } : param)),
    }));
    expect(() => checkUploadRegistry(table, renamedParam)).toThrow(/flows\/messagePhoto getServer: photos\.getMessagesUploadServer has no param peer_id/);
    const newRequired = withMethod('docs.save', (method) => ({ ...method, params: [...method.params, { ...method.params[0]!, name: 'captcha', required: true }] }));
    expect(() => checkUploadRegistry(table, newRequired)).toThrow(/docs\.save requires captcha/);
  });

  it('refuses entries without evidence or with a reply mapping from an unlisted field', () => {
    const broken = structuredClone(table);
    const flow = broken.flows['wallPhoto'] as { evidence: string[]; upload: { reply: string[] } };
    flow.evidence = [];
    flow.upload.reply = ['server', 'photo'];
    expect(() => checkUploadRegistry(broken, ir)).toThrow(/wallPhoto save: hash is filled from reply field hash, which upload.reply does not list[\s\S]*wallPhoto: cites no evidence/);
  });

  it('emits the runtime table and the typed map from the same entries', () => {
    const text = emitUploads(checkUploadRegistry(table, ir), { commit: 'test', apiVersion: '5.199' });
    expect(text).toContain('getServerParams: Pick<ApiParams<"photos.getMessagesUploadServer">, "peer_id">;');
    expect(text).toContain('upload: { field: "file{n}", maxFiles: 5,');
    expect(text).toContain('response: ApiResponse<"video.save">;');
  });
});
