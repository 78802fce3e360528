import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeadlineTimer } from '../src/index.js';

describe('createDeadlineTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires for the earliest deadline and sets itself for the next one onDue returns', async () => {
    const deadlines = new Set<number>();
    const due: number[] = [];
    const timer = createDeadlineTimer((now) => {
      let next = Infinity;
      for (const deadline of deadlines) {
        if (deadline <= now + 1) {
          due.push(deadline);
          deadlines.delete(deadline);
        } else next = Math.min(next, deadline);
      }
      return next;
    });
    const start = performance.now();
    for (const offset of [300, 100, 200]) {
      deadlines.add(start + offset);
      timer.arm(start + offset);
    }
    expect(timer.at).toBe(start + 100);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(due).toEqual([start + 100]);
    expect(timer.at).toBe(start + 200);
    await vi.advanceTimersByTimeAsync(200);
    expect(due).toEqual([start + 100, start + 200, start + 300]);
    expect(timer.at).toBe(Infinity);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clear unsets it; arm for a later time than set changes nothing', async () => {
    let fired = 0;
    const timer = createDeadlineTimer(() => {
      fired += 1;
      return Infinity;
    });
    const start = performance.now();
    timer.arm(start + 50);
    timer.arm(start + 500);
    expect(timer.at).toBe(start + 50);
    timer.clear();
    expect(timer.at).toBe(Infinity);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fired).toBe(0);
  });
});
