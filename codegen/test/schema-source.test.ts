import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  SchemaNotFoundError,
  SchemaPinError,
  SchemaPullError,
  SchemaVerificationError,
  TarError,
  listJsonFiles,
  loadPin,
  parsePin,
  pullSchema,
  readSchemaFiles,
  readTar,
  readTarGz,
  resolveSchemaDir,
  schemaDirOverride,
  verifySchema,
  type SchemaPin,
} from '../src/schema-source/index.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const sharedMirror = path.resolve(projectRoot, '..', 'shared', 'vk-api-schema');
// The shared mirror may hold another commit than the pin (after a bump): only then is it the pin's source.
const sharedHistory = path.resolve(projectRoot, '..', 'shared', 'vk-api-schema-history');
const PIN = await loadPin(path.join(projectRoot, 'schema', 'source.json'));
const mirrorHoldsPin = existsSync(sharedMirror) && (await verifySchema(sharedMirror, await loadPin(path.join(projectRoot, 'schema', 'source.json'))).then(() => true, () => false));
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vkts-schema-source-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** A tiny fake schema: relative path → contents. */
const FAKE_FILES: Record<string, string> = {
  'errors.json': '{"errors":{}}\n',
  'notes/methods.json': '{"methods":[{"name":"notes.get"}]}\n',
  'notes/objects.json': '{"definitions":{}}\n',
};

function fakePin(files: Record<string, string> = FAKE_FILES, archive = 'https://example.invalid/archive.tar.gz'): SchemaPin {
  return {
    repository: 'VKCOM/vk-api-schema',
    commit: COMMIT,
    apiVersion: '5.199',
    archive,
    files: Object.fromEntries(Object.entries(files).map(([name, text]) => [name, sha(text)])),
  };
}

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, ...name.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Fake project root holding schema/source.json. */
async function fakeProject(pin: SchemaPin = fakePin()): Promise<string> {
  const root = await tempDir();
  await writeTree(root, { 'schema/source.json': JSON.stringify(pin, null, 2) });
  return root;
}

// ---------------------------------------------------------------------------
// A ustar writer for test archives (independent of the reader under test).

type TarInput = { name: string; data?: string | Buffer; type?: 'file' | 'directory' | 'pax-global' | 'pax' };

function tarHeader(name: string, size: number, typeflag: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name.slice(0, 100), 0, 100, 'utf8');
  header.write(typeflag === '5' ? '0000755\0' : '0000644\0', 100, 8, 'latin1');
  header.write('0000000\0', 108, 8, 'latin1');
  header.write('0000000\0', 116, 8, 'latin1');
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'latin1');
  header.write('14735066660\0', 136, 12, 'latin1');
  header.fill(' ', 148, 156);
  header.write(typeflag, 156, 1, 'latin1');
  header.write('ustar\0', 257, 6, 'latin1');
  header.write('00', 263, 2, 'latin1');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return header;
}

function paxRecords(records: Record<string, string>): Buffer {
  return Buffer.concat(
    Object.entries(records).map(([key, value]) => {
      const body = ` ${key}=${value}\n`;
      let length = Buffer.byteLength(body) + 1;
      while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
      return Buffer.from(`${length}${body}`, 'utf8');
    }),
  );
}

function buildTar(entries: readonly TarInput[]): Buffer {
  const blocks: Buffer[] = [];
  const push = (header: Buffer, data: Buffer): void => {
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  };
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : (entry.data ?? Buffer.alloc(0));
    if (entry.type === 'pax-global') push(tarHeader('pax_global_header', data.length, 'g'), data);
    else if (entry.type === 'directory') push(tarHeader(`${entry.name}/`, 0, '5'), Buffer.alloc(0));
    else if (Buffer.byteLength(entry.name) > 100) {
      const pax = paxRecords({ path: entry.name });
      push(tarHeader('PaxHeaders/long', pax.length, 'x'), pax);
      push(tarHeader(entry.name.slice(0, 100), data.length, '0'), data);
    } else push(tarHeader(entry.name, data.length, '0'), data);
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** A GitHub-codeload-like tarball of `files` under a top folder. */
function githubTarball(files: Record<string, string>, top = `vk-api-schema-${COMMIT}`): Buffer {
  const entries: TarInput[] = [{ name: 'pax_global_header', type: 'pax-global', data: paxRecords({ comment: COMMIT }) }, { name: top, type: 'directory' }];
  for (const [name, data] of Object.entries(files)) entries.push({ name: `${top}/${name}`, data });
  return gzipSync(buildTar(entries));
}

// ---------------------------------------------------------------------------

describe('schema pin', () => {
  it('loads the real schema/source.json', async () => {
    const pin = await loadPin(path.join(projectRoot, 'schema', 'source.json'));
    expect(pin.repository).toBe('VKCOM/vk-api-schema');
    expect(pin.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(pin.files).length).toBeGreaterThan(0);
    expect(Object.keys(pin.files).every((f) => f.endsWith('.json'))).toBe(true);
  });

  it('reports every malformed field at once', () => {
    const bad = {
      repository: 'no-slash',
      commit: 'abc',
      apiVersion: 5.199,
      archive: 'ftp://x',
      files: { '../evil.json': sha('x'), 'ok.json': 'not-a-digest' },
    };
    let error: unknown;
    try {
      parsePin(bad, 'schema/source.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaPinError);
    const message = (error as Error).message;
    expect(message).toContain('malformed schema pin schema/source.json');
    for (const field of ['"repository"', '"commit"', '"apiVersion"', '"archive"', '"../evil.json"', '"files"["ok.json"]']) {
      expect(message).toContain(field);
    }
  });

  it('rejects a pin that is not JSON, or not an object', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'source.json': '{ nope' });
    await expect(loadPin(path.join(dir, 'source.json'))).rejects.toThrow(/malformed schema pin .*not valid JSON/);
    await expect(loadPin(path.join(dir, 'missing.json'))).rejects.toThrow(/cannot read it \(ENOENT\)/);
    expect(() => parsePin([])).toThrow(SchemaPinError);
  });
});

describe('verifySchema', () => {
  it('accepts a folder matching the pin (ignoring non-JSON files)', async () => {
    const dir = await tempDir();
    await writeTree(dir, { ...FAKE_FILES, LICENSE: 'MIT' });
    await expect(verifySchema(dir, fakePin())).resolves.toEqual({ dir, fileCount: 3 });
  });

  it('names every missing, extra and altered file in one error', async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      'errors.json': FAKE_FILES['errors.json'] ?? '',
      'notes/methods.json': '{"methods":[]}\n', // altered
      'wall/methods.json': '{}', // extra
      // notes/objects.json missing
    });
    const error = await verifySchema(dir, fakePin()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaVerificationError);
    const e = error as SchemaVerificationError;
    expect(e.missing).toEqual(['notes/objects.json']);
    expect(e.extra).toEqual(['wall/methods.json']);
    expect(e.altered.map((a) => a.file)).toEqual(['notes/methods.json']);
    expect(e.message).toContain('3 files differ');
    expect(e.message).toMatch(/missing: notes\/objects\.json/);
    expect(e.message).toMatch(/extra: +wall\/methods\.json/);
    expect(e.message).toMatch(/altered: notes\/methods\.json \(sha256 [0-9a-f]{12}…, pinned [0-9a-f]{12}…\)/);
    expect(e.message).toContain('pnpm schema:pull');
  });

  it('lists JSON files recursively with POSIX paths', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a/b/c.json': '{}', 'x.json': '{}', 'a/readme.md': '' });
    expect(await listJsonFiles(dir)).toEqual(['a/b/c.json', 'x.json']);
  });
});

describe('pullSchema from a local folder', () => {
  it('copies only the pinned JSON files plus LICENSE, clearing stale files first', async () => {
    const root = await fakeProject();
    const source = await tempDir();
    await writeTree(source, { ...FAKE_FILES, LICENSE: 'MIT', 'package.json': '{}', 'notes/extra.json': '{}', 'README.md': '#' });
    await writeTree(root, { 'schema/vk-api-schema/stale.json': '{}', 'schema/vk-api-schema/notes/old.json': '{}' });

    const result = await pullSchema({ projectRoot: root, localSource: source });

    expect(result).toMatchObject({ source: 'local', from: source, fileCount: 3, license: true });
    expect(result.dest).toBe(path.join(root, 'schema', 'vk-api-schema'));
    expect(await listAll(result.dest)).toEqual(['LICENSE', 'errors.json', 'notes/methods.json', 'notes/objects.json']);
    expect(await readdir(path.join(root, 'schema'))).toEqual(['source.json', 'vk-api-schema']);
  });

  it('fails naming the altered and missing files, and leaves no copy behind', async () => {
    const root = await fakeProject();
    const source = await tempDir();
    await writeTree(source, { 'errors.json': '{"changed":true}', 'notes/methods.json': FAKE_FILES['notes/methods.json'] ?? '' });
    await writeTree(root, { 'schema/vk-api-schema/errors.json': FAKE_FILES['errors.json'] ?? '' });

    const error = await pullSchema({ projectRoot: root, localSource: source }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SchemaVerificationError);
    expect((error as Error).message).toContain(source);
    expect((error as Error).message).toMatch(/missing: notes\/objects\.json/);
    expect((error as Error).message).toMatch(/altered: errors\.json/);
    expect(existsSync(path.join(root, 'schema', 'vk-api-schema'))).toBe(false);
    expect(await readdir(path.join(root, 'schema'))).toEqual(['source.json']);
  });

  it.skipIf(!existsSync(path.join(sharedHistory, `${PIN.commit}.tar.gz`)))(
    'pulls the pinned commit from the history archive when the shared mirror holds another commit, and says so',
    async () => {
      const base = await tempDir();
      const root = path.join(base, 'project');
      await mkdir(path.join(root, 'schema'), { recursive: true });
      await writeFile(path.join(root, 'schema', 'source.json'), JSON.stringify(PIN));
      // A mirror of "another commit": one pinned file with other content.
      const [first] = Object.keys(PIN.files);
      await mkdir(path.dirname(path.join(base, 'shared', 'vk-api-schema', first ?? 'x.json')), { recursive: true });
      await writeFile(path.join(base, 'shared', 'vk-api-schema', first ?? 'x.json'), '{}');
      await mkdir(path.join(base, 'shared', 'vk-api-schema-history'), { recursive: true });
      await writeFile(path.join(base, 'shared', 'vk-api-schema-history', `${PIN.commit}.tar.gz`), await readFile(path.join(sharedHistory, `${PIN.commit}.tar.gz`)));
      const result = await pullSchema({ projectRoot: root });
      expect(result.source).toBe('history');
      expect(result.note).toMatch(/vk-api-schema holds another commit than the pin/);
      expect(result.fileCount).toBe(Object.keys(PIN.files).length);
    },
    60_000,
  );

  it.skipIf(!mirrorHoldsPin)('copies and verifies the real pinned schema (read-only source)', async () => {
    const root = await tempDir();
    const pin = await loadPin(path.join(projectRoot, 'schema', 'source.json'));
    const result = await pullSchema({ projectRoot: root, pin, localSource: sharedMirror });
    expect(result.fileCount).toBe(Object.keys(pin.files).length);
    expect(result.license).toBe(true);
    expect((await listAll(result.dest)).length).toBe(result.fileCount + 1);
  });
});

describe('pullSchema from an archive over real HTTP', () => {
  let server: Server;
  let base = '';
  const routes = new Map<string, { status: number; body: Buffer }>();
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const route = routes.get(req.url ?? '');
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(route.status, { 'content-type': 'application/x-gzip', 'content-length': route.body.length }).end(route.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  it('downloads the tarball, strips the top folder and keeps pinned JSON plus LICENSE', async () => {
    routes.set('/good.tar.gz', {
      status: 200,
      body: githubTarball({ ...FAKE_FILES, LICENSE: 'MIT', 'package.json': '{}', 'scripts/build.sh': 'echo', 'README.md': '#' }),
    });
    const root = await fakeProject(fakePin(FAKE_FILES, `${base}/good.tar.gz`));
    await writeTree(root, { 'schema/vk-api-schema/stale.json': '{}' });

    const result = await pullSchema({ projectRoot: root, localSource: null });

    expect(hits).toContain('/good.tar.gz');
    expect(result).toMatchObject({ source: 'archive', from: `${base}/good.tar.gz`, fileCount: 3, license: true });
    expect(await listAll(result.dest)).toEqual(['LICENSE', 'errors.json', 'notes/methods.json', 'notes/objects.json']);
    expect(await readFile(path.join(result.dest, 'notes', 'methods.json'), 'utf8')).toBe(FAKE_FILES['notes/methods.json']);
  });

  it('uses an injected archive URL and falls back to it when the local folder is absent', async () => {
    routes.set('/other.tar.gz', { status: 200, body: githubTarball(FAKE_FILES, 'VKCOM-vk-api-schema-0123456') });
    const root = await fakeProject();
    const result = await pullSchema({ projectRoot: root, localSource: path.join(root, 'no-such-mirror'), archiveUrl: `${base}/other.tar.gz` });
    expect(result).toMatchObject({ source: 'archive', fileCount: 3, license: false });
  });

  it('reads long paths from PAX headers', async () => {
    const long = `${'deep/'.repeat(22)}file.json`;
    routes.set('/long.tar.gz', { status: 200, body: githubTarball({ ...FAKE_FILES, [long]: '{"deep":1}' }) });
    const files = { ...FAKE_FILES, [long]: '{"deep":1}' };
    const root = await fakeProject(fakePin(files));
    const result = await pullSchema({ projectRoot: root, localSource: null, archiveUrl: `${base}/long.tar.gz` });
    expect(result.fileCount).toBe(4);
    expect(await readFile(path.join(result.dest, ...long.split('/')), 'utf8')).toBe('{"deep":1}');
  });

  it('reports an HTTP error status', async () => {
    const root = await fakeProject();
    const error = await pullSchema({ projectRoot: root, localSource: null, archiveUrl: `${base}/missing.tar.gz` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaPullError);
    expect((error as Error).message).toBe(`download of ${base}/missing.tar.gz failed: HTTP 404 Not Found`);
    expect(existsSync(path.join(root, 'schema', 'vk-api-schema'))).toBe(false);
  });

  it('reports a body that is not a gzip archive', async () => {
    routes.set('/html', { status: 200, body: Buffer.from('<html>rate limited</html>') });
    const root = await fakeProject();
    await expect(pullSchema({ projectRoot: root, localSource: null, archiveUrl: `${base}/html` })).rejects.toThrow(
      /cannot read the schema archive: archive is not valid gzip/,
    );
  });

  it('reports an archive of the wrong commit through verification', async () => {
    routes.set('/wrong.tar.gz', { status: 200, body: githubTarball({ ...FAKE_FILES, 'errors.json': '{"other":1}' }) });
    const root = await fakeProject();
    const error = await pullSchema({ projectRoot: root, localSource: null, archiveUrl: `${base}/wrong.tar.gz` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaVerificationError);
    expect((error as Error).message).toMatch(/altered: errors\.json/);
  });

  it('refuses plain HTTP to a non-loopback host without connecting', async () => {
    const root = await fakeProject();
    await expect(pullSchema({ projectRoot: root, localSource: null, archiveUrl: 'http://example.com/a.tar.gz' })).rejects.toThrow(
      /refusing to download the schema over http/,
    );
  });

  it('reports an unreachable server', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const root = await fakeProject();
    await expect(pullSchema({ projectRoot: root, localSource: null, archiveUrl: `http://127.0.0.1:${port}/a.tar.gz` })).rejects.toThrow(
      new RegExp(`download of http://127\\.0\\.0\\.1:${port}/a\\.tar\\.gz failed: fetch failed`),
    );
  });
});

describe('tar reader', () => {
  it('rejects a corrupted header checksum', () => {
    const tar = buildTar([{ name: 'a.json', data: '{}' }]);
    tar[0] = 'b'.charCodeAt(0);
    expect(() => readTar(tar)).toThrow(TarError);
    expect(() => readTar(tar)).toThrow(/bad header checksum at byte 0/);
  });

  it('rejects a truncated archive', () => {
    const tar = buildTar([{ name: 'a.json', data: 'x'.repeat(2000) }]);
    expect(() => readTar(tar.subarray(0, 1024))).toThrow(/truncated archive/);
  });

  it.skipIf(spawnSync('tar', ['--version']).status !== 0)('reads an archive written by the system tar', async () => {
    const dir = await tempDir();
    const long = `${'nested-folder/'.repeat(9)}methods.json`;
    await writeTree(path.join(dir, 'top'), { 'a.json': '{"a":1}', [long]: '{"b":2}' });
    const archive = path.join(dir, 'out.tar.gz');
    const run = spawnSync('tar', ['-czf', archive, '-C', dir, 'top']);
    expect(run.status, run.stderr.toString()).toBe(0);
    const entries = readTarGz(await readFile(archive)).filter((e) => e.type === 'file');
    const byName = new Map(entries.map((e) => [e.name, e.data.toString()]));
    expect(byName.get('top/a.json')).toBe('{"a":1}');
    expect(byName.get(`top/${long}`)).toBe('{"b":2}');
  });
});

describe('resolveSchemaDir', () => {
  async function projectWithCopy(files: Record<string, string> = FAKE_FILES): Promise<string> {
    const root = await fakeProject();
    await writeTree(
      root,
      Object.fromEntries(Object.entries(files).map(([name, text]) => [`schema/vk-api-schema/${name}`, text])),
    );
    return root;
  }

  it('tells the user to run pnpm schema:pull when the copy is missing', async () => {
    const root = await fakeProject();
    const error = await resolveSchemaDir({ projectRoot: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaNotFoundError);
    expect((error as Error).message).toContain('run `pnpm schema:pull` first');
  });

  it('returns the verified copy', async () => {
    const root = await projectWithCopy();
    const resolved = await resolveSchemaDir({ projectRoot: root, warn: () => expect.unreachable() });
    expect(resolved).toMatchObject({ dir: path.join(root, 'schema', 'vk-api-schema'), verified: true });
    expect(resolved.pin?.commit).toBe(COMMIT);
  });

  it('verifies the copy again on every call', async () => {
    const root = await projectWithCopy({ ...FAKE_FILES, 'errors.json': '{"edited":true}' });
    await expect(resolveSchemaDir({ projectRoot: root })).rejects.toThrow(/altered: errors\.json/);
  });

  it('uses an override unverified, with a one-line warning', async () => {
    const root = await fakeProject();
    const other = await tempDir();
    await writeTree(other, { 'anything.json': '{}' });
    const lines: string[] = [];
    const resolved = await resolveSchemaDir({ projectRoot: root, override: other, warn: (line) => lines.push(line) });
    expect(resolved).toEqual({ dir: other, verified: false });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).toContain(other);
    expect(lines[0]).toContain('VKTS_SCHEMA_DIR');
  });

  it('rejects an override that does not exist', async () => {
    const root = await fakeProject();
    await expect(resolveSchemaDir({ projectRoot: root, override: 'nowhere', warn: () => {} })).rejects.toThrow(SchemaNotFoundError);
  });

  it('reads the override from --schema-dir before VKTS_SCHEMA_DIR', () => {
    expect(schemaDirOverride(['--schema-dir', 'a'], { VKTS_SCHEMA_DIR: 'b' })).toBe('a');
    expect(schemaDirOverride(['--check', '--schema-dir=c'], {})).toBe('c');
    expect(schemaDirOverride([], { VKTS_SCHEMA_DIR: 'b' })).toBe('b');
    expect(schemaDirOverride([], { VKTS_SCHEMA_DIR: '' })).toBeUndefined();
    expect(() => schemaDirOverride(['--schema-dir'], {})).toThrow(/needs a folder/);
  });

  it('hands over the verified bytes, which readSchemaFiles parses instead of reading the folder again', async () => {
    const root = await projectWithCopy();
    const resolved = await resolveSchemaDir({ projectRoot: root });
    expect([...(resolved.contents?.keys() ?? [])]).toEqual(['errors.json', 'notes/methods.json', 'notes/objects.json']);
    expect(Buffer.from(resolved.contents!.get('errors.json')!).toString('utf8')).toBe(FAKE_FILES['errors.json']);
    // Changed on disk after verification: what was verified is what gets parsed.
    await writeFile(path.join(resolved.dir, 'errors.json'), '{"edited":true}');
    const files = await readSchemaFiles(resolved.dir, resolved.contents);
    expect(files.get('errors.json')).toEqual({ errors: {} });
  });

  it('reads every schema file into a map', async () => {
    const root = await projectWithCopy();
    const files = await readSchemaFiles(path.join(root, 'schema', 'vk-api-schema'));
    expect([...files.keys()]).toEqual(['errors.json', 'notes/methods.json', 'notes/objects.json']);
    expect(files.get('notes/methods.json')).toEqual({ methods: [{ name: 'notes.get' }] });
  });
});
