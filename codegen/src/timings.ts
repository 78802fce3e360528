// Phase marks for `codegen --timings`. Marks are absolute (time origin + now) so the marks of
// the worker thread line up with the main thread's; the CLI prints them relative to the
// process's start. Nothing is recorded on the main thread unless the CLI enabled it.

export interface TimingMark {
  thread: string;
  label: string;
  /** Milliseconds since the Unix epoch, sub-millisecond resolution. */
  at: number;
}

const marks: TimingMark[] = [];
let enabled = false;

export function enableTimings(): void {
  enabled = true;
}

/** Records that `label` ended now. A worker thread always records (a handful, sent with its result). */
export function mark(label: string, thread = 'main'): void {
  if (enabled || thread !== 'main') marks.push({ thread, label, at: performance.timeOrigin + performance.now() });
}

export function takeMarks(): TimingMark[] {
  return marks.splice(0);
}

/** Adds the marks a worker sent back. */
export function addMarks(more: readonly TimingMark[]): void {
  if (enabled) marks.push(...more);
}
