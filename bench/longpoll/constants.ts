/** Ids and tokens the bench's fake VK and its clients agree on. */
export const BENCH_GROUP_ID = 1;
export const BENCH_USER_ID = 10;
export const BENCH_GROUP_TOKEN = 'bench-group-token-0000000000';
export const BENCH_USER_TOKEN = 'bench-user-token-00000000000';
/** Events per Long Poll answer: every poll of the deep queue returns a full batch of this many. */
export const BENCH_BATCH = 100;
