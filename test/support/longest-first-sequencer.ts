// Starts the test files that run longest first. Without vitest's results cache (a fresh clone, as
// in CI) vitest starts the largest files first, and several short files that run long (every
// archive of the schema history, the event checkers, the relay example) came last, so the run
// ended with one of them alone on a core. These files are what a measured run (VKTS_CPU_LOG, and
// the durations vitest prints) showed to take longest; a stale entry only costs a worse order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONGEST_FILES = [
  'test/docs/site.test.ts',
  'test/packaging/pack.test.ts',
  'codegen/test/schema-update.test.ts',
  'codegen/test/emit.test.ts',
  'codegen/test/every-archive.test.ts',
  'codegen/test/real-bump.test.ts',
  'packages/events/test/event-definition-checks.test.ts',
  'packages/longpoll/test/fault-matrix.test.ts',
  'packages/testing/test/synthesize.test.ts',
  'packages/events/test/checker.test.ts',
  'packages/relay/test/example.test.ts',
  'packages/api/test/lazy-zod.test.ts',
  'packages/events/test/event-checks.test.ts',
  'test/types/compiler-messages.test.ts',
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification): number => {
      const index = LONGEST_FILES.findIndex((file) => spec.moduleId.replaceAll('\\', '/').endsWith(`/${file}`));
      return index < 0 ? LONGEST_FILES.length : index;
    };
    // Stable: the rest keep vitest's own order (cached durations, else size).
    return (await super.sort(files))
      .map((spec, order) => ({ spec, order, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ spec }) => spec);
  }
}
