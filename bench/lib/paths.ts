import { fileURLToPath } from 'node:url';

/** Absolute path of the `bench/` folder. */
export const BENCH_ROOT: string = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** Absolute path of the repository root (the pnpm workspace). */
export const REPO_ROOT: string = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
