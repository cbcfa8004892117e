/**
 * `ticketkit export` stopped and resumed: Ctrl-C/SIGTERM, a failure after some progress and a rate-limit wait longer
 * than `--max-wait` save a checkpoint (exit code 5) and print the command that continues; `--resume` then finishes the
 * export with nothing lost and nothing written twice, for NDJSON, CSV and JSON, to a file and to standard output. A
 * 429 storm is waited out (fake timers: no test waits for real) and reported as progress.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../../src/index.js';
import { Collector, fakeTime, runCli, settle, stopSignal, seeded, type CliRun, type Seeded } from './export-helpers.js';

const FORMATS = ['ndjson', 'csv', 'json'] as const;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tk-resume-'));
}

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function resourceOf(seed: Seeded): string[] {
  if (seed.provider === 'event-vault') return ['attendees'];
  if (seed.provider === 'seaty') return ['orders', '--event', seed.eventId];
  return ['orders'];
}

function args(seed: Seeded, ...rest: string[]): string[] {
  return ['export', ...resourceOf(seed), '--provider', seed.provider, ...rest];
}

/** The uninterrupted export, as text. */
async function whole(seed: Seeded, format: string): Promise<string> {
  const run = await runCli(args(seed, '--format', format, '--quiet'), { env: seed.env, fetch: seed.mock.fetch });
  expect(run.code).toBe(0);
  return run.data;
}

/** A fetch that sends the stop signal when the `n`-th request goes out. */
function stopOnRequest(seed: Seeded, n: number, stop: () => void): typeof fetch {
  let requests = 0;
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    if (++requests === n) stop();
    return seed.mock.fetch(input, init);
  }) as typeof fetch;
}

/** The command an interrupted run printed to continue (`ticketkit export --resume <file>`), as argv. */
function resumeCommand(run: CliRun): string[] {
  const match = /^ {2}ticketkit (export --resume \S+)/m.exec(run.err);
  expect(match, run.err).not.toBeNull();
  return match![1]!.split(' ');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Ctrl-C during an export to a file, then --resume: the file is the uninterrupted export, byte for byte', () => {
  for (const format of FORMATS) {
    it(format, async () => {
      const seed = seeded('equaticket', { count: 20 });
      const expected = await whole(seed, format);
      const dir = tempDir();
      const out = join(dir, `orders.${format}`);
      const { stop, stopped } = stopSignal();
      const first = await runCli(args(seed, '--out', out), { env: seed.env, fetch: stopOnRequest(seed, 3, () => stop('SIGINT')), cwd: dir, stop: stopped });

      expect(first.code).toBe(5);
      expect(first.data).toBe('');
      const checkpointPath = `${out}.checkpoint.json`;
      expect(first.err).toMatch(new RegExp(`^ticketkit export: interrupted by SIGINT, after \\d+ orders \\(\\d+ pages?\\)\\.\\n`));
      expect(first.err).toContain(`Continue with:\n  ticketkit export --resume ${checkpointPath}\n`);
      // Nothing under the target name: an interrupted export never looks whole.
      expect(existsSync(out)).toBe(false);
      const checkpoint = JSON.parse(read(checkpointPath));
      expect(checkpoint).toMatchObject({
        kind: 'ticketkit-export-checkpoint',
        version: 1,
        reason: 'interrupted by SIGINT',
        request: { provider: 'equaticket', resource: 'orders', format, eventId: null, fields: null, raw: false, limit: null },
        position: { cursor: expect.any(String), skip: 0 },
        output: { to: 'file', path: out, partial: expect.stringMatching(new RegExp(`^${out}\\.[0-9a-f]{8}\\.partial$`)) },
      });
      expect(read(checkpointPath)).not.toContain(seed.env.TICKETKIT_EQUATICKET_API_KEY!);
      const partial = read(checkpoint.output.partial);
      expect(Buffer.byteLength(partial)).toBe(checkpoint.output.bytes);
      expect(checkpoint.written.rows).toBeGreaterThan(0);
      expect(partial.length).toBeLessThan(expected.length);
      expect(expected.startsWith(partial)).toBe(true);
      if (format === 'json') expect(() => JSON.parse(partial)).toThrow();

      const resumed = await runCli(resumeCommand(first), { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
      expect(resumed.code).toBe(0);
      expect(resumed.err).toMatch(new RegExp(`^ticketkit export: done: \\d+ orders, \\d+ pages? in .* → ${out}\\n$`));
      expect(read(out)).toBe(expected);
      // The checkpoint and the partial file are gone with the finished export.
      expect(readdirSync(dir)).toEqual([`orders.${format}`]);
    });
  }

  it('SIGTERM twice over: a resumed export stopped again saves a new checkpoint, and the second resume finishes it', async () => {
    const seed = seeded('event-schedule', { count: 25 });
    const expected = await whole(seed, 'csv');
    const dir = tempDir();
    const out = join(dir, 'orders.csv');
    const a = stopSignal();
    const first = await runCli(args(seed, '--out', out, '--quiet'), { env: seed.env, fetch: stopOnRequest(seed, 2, () => a.stop('SIGTERM')), cwd: dir, stop: a.stopped });
    expect(first.code).toBe(5);
    const b = stopSignal();
    const second = await runCli(resumeCommand(first), { env: seed.env, fetch: stopOnRequest(seed, 3, () => b.stop('SIGTERM')), cwd: dir, stop: b.stopped });
    expect(second.code).toBe(5);
    expect(second.err).toContain('interrupted by SIGTERM');
    const third = await runCli(resumeCommand(second), { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
    expect(third.code).toBe(0);
    expect(read(out)).toBe(expected);
    // One header: the resumed runs wrote none.
    expect(read(out).split('\n').filter((line) => line.startsWith('id,'))).toHaveLength(1);
  });
});

describe('Ctrl-C during an export to standard output: the two runs, appended, are the uninterrupted export', () => {
  for (const provider of PROVIDERS) {
    it(`${provider}: NDJSON, CSV and JSON`, async () => {
      for (const format of FORMATS) {
        const seed = seeded(provider, { count: 14 });
        const expected = await whole(seed, format);
        const dir = tempDir();
        const { stop, stopped } = stopSignal();
        // Paged vendors: the stop comes after two writes. Event Vault serves the whole guest list in one response (the
        // SDK slices it), so there the stop comes with that request, before anything is written.
        const sliced = provider === 'event-vault';
        const output = new Collector((c) => c.chunks === 2 && stop('SIGINT'));
        const fetch = sliced ? stopOnRequest(seed, 1, () => stop('SIGINT')) : seed.mock.fetch;
        const first = await runCli(args(seed, '--format', format), { env: seed.env, fetch, cwd: dir, stop: stopped, output, outputPath: join(dir, `out.${format}`) });
        expect(first.code, `${provider} ${format}`).toBe(5);
        if (!sliced) expect(first.data.length).toBeGreaterThan(0);
        expect(first.data.length).toBeLessThan(expected.length);
        const checkpointPath = join(dir, `ticketkit-export-${provider}-${resourceOf(seed)[0]}.checkpoint.json`);
        expect(first.err).toContain(`Continue with (appending to ${join(dir, `out.${format}`)}):\n  ticketkit export --resume ${checkpointPath} >> ${join(dir, `out.${format}`)}\n`);
        const second = await runCli(resumeCommand(first), { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
        expect(second.code).toBe(0);
        expect(first.data + second.data).toBe(expected);
        if (format === 'json') expect(JSON.parse(first.data + second.data)).toHaveLength(14);
        expect(existsSync(checkpointPath)).toBe(false);
      }
    });
  }
});

describe('a failure after some progress saves a checkpoint too', () => {
  it('HTTP 500 past the retries on page 3: exit 5, then the resume completes the file with no gap and no repeat', async () => {
    const seed = seeded('seaty', { count: 20 });
    const expected = await whole(seed, 'ndjson');
    const dir = tempDir();
    const out = join(dir, 'orders.ndjson');
    let listed = 0;
    seed.mock.faults.always((call) => call.op === 'orders.list' && ++listed >= 3, { kind: 'http', status: 500 });
    fakeTime();
    const first = await settle(runCli(args(seed, '--out', out, '--max-retries', '1'), { env: seed.env, fetch: seed.mock.fetch, cwd: dir }));
    vi.useRealTimers();
    expect(first.code).toBe(5);
    expect(first.err).toMatch(/^ticketkit export: HTTP 500 from Seaty: waiting \S+ \S+ before retry 1\n/);
    expect(first.err).toMatch(/ticketkit export: stopped by an error: .*, after 6 orders \(2 pages\)\./);
    seed.mock.faults.clear();
    const resumed = await runCli(resumeCommand(first), { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
    expect(resumed.code).toBe(0);
    expect(read(out)).toBe(expected);
  });

  it('a page written after the checkpoint was saved is cut off and written once; a partial file shorter than recorded is refused', async () => {
    const seed = seeded('equaticket', { count: 12 });
    const expected = await whole(seed, 'json');
    const dir = tempDir();
    const out = join(dir, 'orders.json');
    const { stop, stopped } = stopSignal();
    const first = await runCli(args(seed, '--out', out, '--quiet'), { env: seed.env, fetch: stopOnRequest(seed, 3, () => stop()), cwd: dir, stop: stopped });
    expect(first.code).toBe(5);
    const checkpointPath = `${out}.checkpoint.json`;
    const { output } = JSON.parse(read(checkpointPath));
    expect(output.bytes).toBeGreaterThan(0);
    const saved = read(output.partial);

    truncateSync(output.partial, output.bytes - 1);
    const short = await runCli(resumeCommand(first), { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
    expect(short.code).toBe(1);
    expect(short.err).toContain(`cannot resume: the partial file ${output.partial} holds ${output.bytes - 1} bytes, fewer than the ${output.bytes} the checkpoint recorded`);

    writeFileSync(output.partial, saved);
    appendFileSync(output.partial, ',\n{"a page":"written after the checkpoint"}');
    const resumed = await runCli(resumeCommand(first), { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
    expect(resumed.code).toBe(0);
    expect(read(out)).toBe(expected);
  });

  it('a checkpoint that cannot be read, or is not one, is exit code 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.json'), '{"hello":"world"}');
    const missing = await runCli(['export', '--resume', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`ticketkit export: cannot read the checkpoint ${join(dir, 'nope.json')}`);
    const other = await runCli(['export', '--resume', 'notes.json'], { cwd: dir });
    expect(other).toMatchObject({ code: 1, err: `ticketkit export: ${join(dir, 'notes.json')} is not a ticketkit export checkpoint\n` });
  });
});

/**
 * The emulator's own fetch makes a client wait on the emulator clock; these runs measure the waits on the (faked)
 * timers, so they go through a plain wrapper that carries no clock.
 */
const realTimeFetch = (mock: { fetch: typeof globalThis.fetch }): typeof globalThis.fetch => (input, init) => mock.fetch(input, init);

describe('a 429 storm', () => {
  it('waits as long as the vendor asks, says so on standard error, and completes with every item once', async () => {
    fakeTime();
    const seed = seeded('eventbrite', { count: 12 });
    const expected = await whole(seed, 'ndjson');
    seed.mock.faults.times(3, 'orders.list', { kind: 'rate_limited', retryAfterSeconds: 2 });
    const run = await settle(runCli(args(seed), { env: seed.env, fetch: realTimeFetch(seed.mock), now: () => Date.now() }));
    expect(run.code).toBe(0);
    expect(run.data).toBe(expected);
    const lines = run.err.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([1, 2, 3].map((n) => `ticketkit export: rate limited by Eventbrite: waiting 2 s before retry ${n}`));
    expect(lines.at(-1)).toMatch(/^ticketkit export: done: 12 orders, 4 pages in [67] s \(3 retries, 3 rate-limit waits \(6 s\)\) → standard output$/);
  });

  it('on a terminal, the live line counts the waits and shows the one in progress', async () => {
    fakeTime();
    const seed = seeded('equaticket', { count: 9 });
    let listed = 0;
    seed.mock.faults.always((call) => call.op === 'orders.list' && ++listed === 2, { kind: 'rate_limited', retryAfterSeconds: 5 });
    const run = await settle(runCli(args(seed), { env: seed.env, fetch: realTimeFetch(seed.mock), now: () => Date.now(), terminal: true }));
    expect(run.code).toBe(0);
    const frames = run.terminal.split('\r').filter(Boolean);
    expect(frames).toContainEqual(expect.stringMatching(/^orders: 3 · 1 page · \d+ orders\/s · 1 retry · 1 rate-limit wait \(5 s\) · waiting 5 s\x1b\[K$/));
    expect(frames).toContainEqual(expect.stringMatching(/· waiting [1-4] s\x1b\[K$/));
    expect(frames.at(-1)).toMatch(/^orders: 9 · 3 pages · \d+ orders\/s · 1 retry · 1 rate-limit wait \(5 s\)\x1b\[K\n$/);
  });

  it('a wait longer than --max-wait is not sat through: a checkpoint, exit 5, the time to come back; the resume loses nothing', async () => {
    const seed = seeded('eventbrite', { count: 12 });
    const expected = await whole(seed, 'csv');
    const dir = tempDir();
    const out = join(dir, 'orders.csv');
    let listed = 0;
    seed.mock.faults.always((call) => call.op === 'orders.list' && ++listed === 3, { kind: 'rate_limited', retryAfterSeconds: 600 });
    const first = await runCli(args(seed, '--out', out, '--max-wait', '60'), { env: seed.env, fetch: realTimeFetch(seed.mock), cwd: dir });
    expect(first.code).toBe(5);
    expect(first.err).toMatch(/^ticketkit export: Eventbrite asked to wait 10:00, longer than --max-wait 1:00, after 6 orders \(2 pages\)\.\nEventbrite can be asked again after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.\n/);
    const checkpoint = JSON.parse(read(`${out}.checkpoint.json`));
    expect(checkpoint.reason).toBe('Eventbrite asked to wait 10:00, longer than --max-wait 1:00');
    const resumed = await runCli(resumeCommand(first), { env: seed.env, fetch: realTimeFetch(seed.mock), cwd: dir });
    expect(resumed.code).toBe(0);
    expect(read(out)).toBe(expected);
  });

  it('a rate limit on the very first page checkpoints as well (nothing written yet), and so does a storm past the retries', async () => {
    const seed = seeded('event-schedule', { count: 6 });
    const expected = await whole(seed, 'ndjson');
    const dir = tempDir();
    seed.mock.faults.once('orders.list', { kind: 'rate_limited', retryAfterSeconds: 3600 });
    const first = await runCli(args(seed, '--out', 'o.ndjson'), { env: seed.env, fetch: realTimeFetch(seed.mock), cwd: dir });
    expect(first.code).toBe(5);
    expect(first.err).toContain('Event Schedule asked to wait 1:00:00, longer than --max-wait 1:00, after 0 orders (0 pages).');
    seed.mock.faults.times(3, 'orders.list', { kind: 'rate_limited', retryAfterSeconds: 0 });
    const again = await runCli(resumeCommand(first).concat('--max-retries', '2'), { env: seed.env, fetch: realTimeFetch(seed.mock), cwd: dir });
    expect(again.code).toBe(5);
    expect(again.err).toContain('stopped by an error: ');
    const done = await runCli(resumeCommand(again), { env: seed.env, fetch: realTimeFetch(seed.mock), cwd: dir });
    expect(done.code).toBe(0);
    expect(read(join(dir, 'o.ndjson'))).toBe(expected);
  });
});
