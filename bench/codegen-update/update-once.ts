/**
 * One `schema:update --from <archive>` on a scratch project, as the CLI runs it (updateSchema; the
 * CLI computes its project from its own path, so a scratch project is driven through the API).
 *   node --import tsx codegen-update/update-once.ts <projectRoot> <archive>
 * Exits with the update's exit code; prints its diff summary line.
 */
import { updateSchema } from '../../codegen/src/update/index.js';

const [projectRoot, archive] = process.argv.slice(2);
if (projectRoot === undefined || archive === undefined) throw new Error('usage: update-once.ts <projectRoot> <archive>');
const result = await updateSchema({ projectRoot, source: { kind: 'folder', dir: archive } });
console.log(`${result.previous.commit.slice(0, 7)} → ${result.pin.commit.slice(0, 7)}: ${result.generation.status}, ${result.diff?.changes.length ?? 0} changes`);
process.exitCode = result.exitCode;
