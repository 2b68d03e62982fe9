// How every bench script times a step: the median of its runs, after warm-ups that compile the
// code and grow the heap (a cold run is timed separately, in a fresh process).

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** The median milliseconds of `runs` calls of `task`, after `warmUps` untimed ones. */
export async function time(runs: number, task: () => Promise<unknown> | unknown, warmUps = 1): Promise<number> {
  for (let i = 0; i < warmUps; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
