import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_ROOT } from './paths.js';

/** `bench/RESULTS.md`: one `## <name>` section per bench, each written by its run script. */
export const RESULTS_PATH: string = path.join(BENCH_ROOT, 'RESULTS.md');

const HEADER = `# vkts benchmark results

Written by the bench scripts, not by hand: each \`## <name>\` section comes from
\`bench/<name>/run.ts\` (\`pnpm --filter @vkts/bench bench:<name>\`), and a run
replaces only its own section. Numbers depend on the machine listed in each
section. Benches are never tests; see \`bench/README.md\`.
`;

/**
 * Replace the body of section `## name` in `content` with `body`,
 * or append the section when absent. Other sections are kept byte for byte.
 */
export function replaceSection(content: string, name: string, body: string): string {
  const heading = `## ${name}`;
  const section = `${heading}\n\n${body.trim()}\n`;
  const lines = content.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === heading);
  if (start === -1) {
    const base = content.trimEnd();
    return `${base}${base === '' ? '' : '\n\n'}${section}`;
  }
  let end = lines.length;
  let inFence = false;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) inFence = !inFence;
    if (!inFence && /^## /.test(line)) {
      end = i;
      break;
    }
  }
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = lines.slice(end).join('\n');
  return `${before}${before === '' ? '' : '\n\n'}${section}${after === '' ? '' : `\n${after}`}`;
}

/** Write (or replace) section `## name` of RESULTS.md, creating the file with its header if needed. */
export async function writeResultsSection(name: string, body: string, file: string = RESULTS_PATH): Promise<void> {
  const current = existsSync(file) ? await readFile(file, 'utf8') : HEADER;
  await writeFile(file, replaceSection(current, name, body));
}
