import { defineConfig } from 'tsdown';
import { vktsPackageConfig } from '../../tsdown.base.ts';
import { exportsInPlace } from './exports-in-place.ts';

// The generated modules the `.` entry declares. The `./zod` and `./event-checks` entries import
// their types from the built `./index.mjs` instead of sharing them through a chunk: a shared
// chunk split the declarations in three files (`events.gen.d.mts`, `methods.gen.d.mts`,
// `index.d.mts`) tied by ~7,000 aliased import and export names, which tsc parses and binds in
// every consumer program (bench/RESULTS.md, section typecheck).
const DECLARED_BY_INDEX = /^\.\/(?:types|methods|events)\.gen\.js$/;
const IMPORTS_TYPES_ONLY = /[\\/]src[\\/]gen[\\/](?:zod|events-zod|events-check)\.gen\.(?:d\.)?ts$/;

/**
 * Writes every character above U+00FF in the declarations' comments as an HTML character
 * reference (`&#x43F;`), which hovers render as the character. One such character (a `→`, a
 * Russian description from the schema) makes V8 hold the whole 1.3 MB file text in two bytes per
 * character in every consumer's compiler: ~1.7 MB of heap. Anything left elsewhere fails the build.
 */
export function latin1Declarations(code: string, file: string): string {
  // Comments that start a line only: `/*` or `//` inside a string literal is not a comment.
  const out = code.replace(/^[ \t]*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*)/gm, (comment) =>
    comment.replace(/[^\u0000-\u00ff]/gu, (char) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`),
  );
  const left = /[^\u0000-\u00ff]/u.exec(out);
  if (left !== null) throw new Error(`${file}: ${JSON.stringify(left[0])} outside a comment at ${JSON.stringify(out.slice(left.index - 40, left.index + 10))}`);
  return out;
}

export default defineConfig({
  ...vktsPackageConfig({
    // `.` → src/index.ts (types + runtime metadata, never loads zod); `./zod` → src/zod.ts;
    // `./event-checks` → src/event-checks.ts (plain-JS event type guards, never loads zod);
    // `./enum-names` → src/enum-names.ts (the `…EnumNames` constants).
    entry: { index: 'src/index.ts', zod: 'src/zod.ts', 'event-checks': 'src/event-checks.ts', 'enum-names': 'src/enum-names.ts' },
    // Plain data and types: nothing Node-specific in the ESM build.
    platform: 'neutral',
  }),
  plugins: [
    {
      name: 'vkts:types-from-index',
      resolveId(source: string, importer: string | undefined) {
        if (importer !== undefined && IMPORTS_TYPES_ONLY.test(importer) && DECLARED_BY_INDEX.test(source)) {
          return { id: './index.mjs', external: true };
        }
        return null;
      },
      renderChunk(code: string, chunk: { fileName: string }) {
        if (!chunk.fileName.endsWith('.d.mts')) return null;
        const latin1 = latin1Declarations(code, chunk.fileName);
        return chunk.fileName === 'index.d.mts' ? exportsInPlace(latin1) : latin1;
      },
    },
  ],
});
