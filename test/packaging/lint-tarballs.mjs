// `node lint-tarballs.mjs <tarball>...`: runs what every package's `lint:package` script runs
// (`publint --strict && attw --pack . --profile esm-only`) on already packed tarballs, through the
// tools' APIs in this one process (the CLIs start Node, pack and load TypeScript once per package).
// Prints one JSON object: tarball path → { publint: error lines, attw: report ('' when it passes) }.
// Used by pack.test.ts; a child process because vitest runs its workers with the `development`
// export condition, under which @arethetypeswrong/core resolves to its TypeScript sources.
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { getExitCode } from '@arethetypeswrong/cli/internal/getExitCode';
import { typed as renderAttw } from '@arethetypeswrong/cli/internal/render';
import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/** `attw --profile esm-only`: problems only in these resolutions do not count. */
const ESM_ONLY = { ignoreResolutions: ['node10', 'node16-cjs'] };

const results = {};
for (const path of process.argv.slice(2)) {
  const tarball = readFileSync(path);
  // publint --strict: warnings count as errors; like the CLI, suggestions do not fail.
  const linted = await publint({
    pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
    strict: true,
  });
  const publintErrors = linted.messages
    .filter((message) => message.type === 'error')
    .map((message) => formatMessage(message, linted.pkg, { color: false }) ?? message.code);
  // attw: every problem counts but those only in the resolutions the profile ignores.
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(tarball)));
  const attw =
    analysis.types === false
      ? 'attw found no typings in the package'
      : getExitCode(analysis, ESM_ONLY) === 0
        ? ''
        : await renderAttw(analysis, { ...ESM_ONLY, format: 'ascii' });
  results[path] = { publint: publintErrors, attw };
}
console.log(JSON.stringify(results));
