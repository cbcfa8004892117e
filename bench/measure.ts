/**
 * What every benchmark measures with: the median of paired figures, and the live heap after full garbage collections
 * (the heap figures need `node --expose-gc`; `requireGc` says so and stops otherwise).
 */
export const MB = 1024 * 1024;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Exits with a hint when the process was started without `--expose-gc`. */
export function requireGc(command: string): void {
  if (gc) return;
  console.error(`run with --expose-gc (${command}): heap is measured after a full gc`);
  process.exit(1);
}

/** The live heap after two full collections. */
export function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

/**
 * The live heap once collected objects are really gone: fetch's `Response`s are released by finalizers, which run
 * only between turns of the event loop, so a synchronous gc right after a walk counts its last responses as kept.
 */
export async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return heapAfterGc();
}

/** Wall time of one run, in ms, after a full gc when the process allows it (so one run's garbage is not the next's). */
export async function timed(run: () => Promise<unknown>): Promise<number> {
  if (gc) heapAfterGc();
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * Paired, interleaved rounds of two sides (A B, then B A, …): each side's times and the per-round ratios `a / b`,
 * whose median cancels most of a shared machine's drift.
 */
export async function pairedRounds(rounds: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: number[]; b: number[]; ratios: number[] }> {
  const out = { a: [] as number[], b: [] as number[], ratios: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    let ta: number;
    let tb: number;
    if (round % 2 === 0) {
      tb = await timed(b);
      ta = await timed(a);
    } else {
      ta = await timed(a);
      tb = await timed(b);
    }
    out.a.push(ta);
    out.b.push(tb);
    out.ratios.push(ta / tb);
  }
  return out;
}
