// The documentation site, built once and opened in a real headless Chromium (the system's
// `chromium`, driven by playwright-core: nothing is downloaded). Checks that pages render, that
// every internal link of every page resolves, that search finds a method, and that every example
// call in the API reference type-checks against @vkts/api. Screenshots go to test-output/docs/.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDocs } from '../../codegen/src/docs/cli.js';
import { serveStatic, type StaticServer } from './static-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'docs/.vitepress/dist');
const shots = path.join(root, 'test-output/docs');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const tsgo = path.join(path.dirname(createRequire(import.meta.url).resolve('@typescript/native-preview/package.json')), 'bin/tsgo');

function run(file: string, args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/**
 * The reference's examples module and the guides' snippet files (docs/snippets, included in the
 * guides with `<<<`), compiled against the packages' built typings (`dist/*.d.mts`, what a user's
 * editor sees once the packages are installed; `pnpm typecheck` checks the sources themselves).
 */
async function compileExamples(): Promise<{ code: number; output: string }> {
  const unbuilt = (await readdir(path.join(root, 'packages'))).filter(
    (name) => existsSync(path.join(root, 'packages', name, 'tsdown.config.ts')) && !existsSync(path.join(root, 'packages', name, 'dist/index.d.mts')),
  );
  if (unbuilt.length > 0) {
    return { code: 1, output: `packages not built (no dist/index.d.mts): ${unbuilt.join(', ')}; run \`pnpm build\` first` };
  }
  const dir = path.join(root, '.tmp/docs-examples');
  const snippets = (await readdir(path.join(root, 'docs/snippets'))).filter((f) => f.endsWith('.ts')).map((f) => `../../docs/snippets/${f}`);
  await mkdir(dir, { recursive: true });
  const tsconfig = {
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      noEmit: true,
      paths: {
        '@vkts/types/zod': ['../../packages/types/dist/zod.d.mts'],
        '@vkts/types/event-checks': ['../../packages/types/dist/event-checks.d.mts'],
        '@vkts/*': ['../../packages/*/dist/index.d.mts'],
      },
    },
    files: ['../../docs/api/examples.gen.ts', ...snippets],
  };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  // tsgo, the compiler `pnpm typecheck` uses: the same verdict as tsc for a quarter of its CPU time.
  return run(tsgo, ['-p', path.join(dir, 'tsconfig.json'), '--pretty', 'false']);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

let server: StaticServer;
let browser: Browser;
let examples: Promise<{ code: number; output: string }>;
let generatedPages = 0;

beforeAll(async () => {
  generatedPages = (await generateDocs(root)).pages;
  examples = compileExamples(); // on the other core while VitePress builds
  const build = await run(path.join(root, 'node_modules/vitepress/bin/vitepress.js'), ['build', 'docs']);
  if (build.code !== 0) throw new Error(`vitepress build failed (exit ${build.code}):\n${build.output}`);
  server = await serveStatic(dist);
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the docs test needs Chromium at ${CHROMIUM}: install the Debian package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`);
  }
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  } catch (error) {
    throw new Error(`the docs test could not start Chromium at ${CHROMIUM}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  await mkdir(shots, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  expect(errors, `script errors on ${url}`).toEqual([]);
  return page;
}

describe('documentation site', () => {
  test('the home page renders', async () => {
    const page = await open('/');
    await expect.poll(() => page.locator('.VPHero .name').textContent()).toContain('vkts');
    expect(await page.locator('.VPFeature').count()).toBe(3);
    await page.screenshot({ path: path.join(shots, 'home.png'), fullPage: true });
    await page.close();
  });

  test('a guide renders with its sidebar and code', async () => {
    const page = await open('/guide/getting-started.html');
    expect(await page.locator('.vp-doc h1').textContent()).toContain('Getting started');
    expect(await page.locator('.VPSidebar a', { hasText: 'Callback API' }).count()).toBe(1);
    expect(await page.locator('.vp-doc div[class*="language-ts"]').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: path.join(shots, 'guide-getting-started.png') });
    await page.close();
  });

  test("groups.getById's reference section renders: params, response, example", async () => {
    const page = await open('/api/groups.html#getById');
    const heading = page.locator('h2#getById');
    expect(await heading.textContent()).toContain('groups.getById');
    expect(await heading.isVisible()).toBe(true);
    // The section: everything from this h2 to the next one.
    // (A string: this file is compiled without the DOM library.)
    const section: unknown = await page.evaluate(`(() => {
      const parts = [];
      let node = document.getElementById('getById').nextElementSibling;
      while (node && node.tagName !== 'H2') {
        parts.push(node.textContent);
        node = node.nextElementSibling;
      }
      return parts.join('\\n');
    })()`);
    if (typeof section !== 'string') throw new Error('the section text did not come back');
    expect(section).toContain('group_ids');
    expect(section).toContain('GroupsFields[]');
    expect(section).toContain('GroupsGetByIdObjectResponse');
    expect(section).toContain('api.groups.getById()');
    await page.screenshot({ path: path.join(shots, 'api-groups-getById.png') });
    await page.close();
  });

  test('every internal link on every page resolves, anchors included', async () => {
    const files = await htmlFiles(dist);
    expect(files.length).toBeGreaterThan(generatedPages);
    const ids = new Map<string, Set<string>>();
    const idsOf = async (file: string): Promise<Set<string>> => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...(await readFile(file, 'utf8')).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      const pageUrl = new URL(`/${path.relative(dist, file).split(path.sep).join('/')}`, 'http://site');
      for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
        if (href === undefined || /^(?:[a-z]+:|\/\/)/i.test(href)) continue; // external
        const target = new URL(href.replace(/&amp;/g, '&'), pageUrl);
        let targetFile = path.join(dist, decodeURIComponent(target.pathname));
        if (target.pathname.endsWith('/')) targetFile = path.join(targetFile, 'index.html');
        checked++;
        if (!existsSync(targetFile)) {
          broken.push(`${pageUrl.pathname}: ${href} (no such file)`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor !== '' && targetFile.endsWith('.html') && !(await idsOf(targetFile)).has(anchor)) {
          broken.push(`${pageUrl.pathname}: ${href} (no #${anchor} there)`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    // And over HTTP, the way a browser follows them: nothing the pages loaded was missing.
    expect(server.notFound).toEqual([]);
  });

  test('search finds methods, events and params', async () => {
    const page = await open('/');
    await page.locator('.DocSearch-Button').click();
    await page.locator('.VPLocalSearchBox .search-input').fill('getById');
    const hit = page.locator('.VPLocalSearchBox .results a', { hasText: 'groups.getById' });
    await hit.first().waitFor({ timeout: 20_000 });
    expect(await hit.first().getAttribute('href')).toMatch(/\/api\/groups\.html#getById$/);

    await page.locator('.VPLocalSearchBox .search-input').fill('message_reply');
    await page.locator('.VPLocalSearchBox .results a[href*="/events/message_reply.html"]').first().waitFor({ timeout: 20_000 });

    // A param by name: its method's section comes up (the params tables are indexed).
    await page.locator('.VPLocalSearchBox .search-input').fill('keep_forward_messages');
    await page.locator('.VPLocalSearchBox .results a[href$="/api/messages.html#edit"]').first().waitFor({ timeout: 20_000 });
    await page.close();
  });

  test('every example call in the API reference and every guide snippet type-checks', async () => {
    const { code, output } = await examples;
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 300_000);
});
