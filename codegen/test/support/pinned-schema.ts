// The pinned schema for tests that need the real one as a side of a diff or an update.
import path from 'node:path';
import { loadPin, pinPath, pullSchema, verifySchema } from '../../src/schema-source/index.js';

/** The verified pinned copy when present; otherwise a fresh pull into `scratch`. */
export async function pinnedSchemaDir(repoRoot: string, scratch: string): Promise<string> {
  const copy = path.join(repoRoot, 'schema/vk-api-schema');
  try {
    await verifySchema(copy, await loadPin(pinPath(repoRoot)));
    return copy;
  } catch {
    const dest = path.join(scratch, 'pinned');
    await pullSchema({ projectRoot: repoRoot, dest });
    return dest;
  }
}
