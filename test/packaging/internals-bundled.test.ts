/**
 * @vkts/internals is private and never published: every package that uses it must carry its
 * own inlined copy. Checked on what `pnpm pack` ships (the manifest and `dist/`, so run after
 * `build`): no runtime dependency on it, and no `dist` file that imports or requires it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../../packages', import.meta.url));
const INTERNALS = '@vkts/internals';

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const published = readdirSync(PACKAGES)
  .map((dir) => ({ dir: join(PACKAGES, dir), manifest: JSON.parse(readFileSync(join(PACKAGES, dir, 'package.json'), 'utf8')) as Manifest }))
  .filter(({ manifest }) => manifest.private !== true);

describe('@vkts/internals stays inside the published packages', () => {
  it('is private and has no build of its own', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGES, 'internals', 'package.json'), 'utf8')) as Manifest;
    expect(manifest).toMatchObject({ name: INTERNALS, private: true });
  });

  it.each(published.map((p) => [p.manifest.name, p] as const))('%s: no runtime dependency on it, no dist file importing it', (_name, { dir, manifest }) => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
      expect(Object.keys(manifest[field] ?? {}), `${field} of ${manifest.name}`).not.toContain(INTERNALS);
    }
    const dist = join(dir, 'dist');
    expect(existsSync(dist), `${manifest.name} is built (run \`pnpm build\` first)`).toBe(true);
    for (const file of readdirSync(dist)) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text.includes(`'${INTERNALS}'`) || text.includes(`"${INTERNALS}"`), `dist/${file} of ${manifest.name} references ${INTERNALS}`).toBe(false);
    }
  });
});
