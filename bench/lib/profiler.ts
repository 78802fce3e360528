import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/** Start the V8 profiler (sampling every 100 µs); the returned function stops it and writes the profile. */
export async function startProfiler(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await writeFile(file, JSON.stringify(profile));
  };
}
