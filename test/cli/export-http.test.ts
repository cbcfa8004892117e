/**
 * `ticketkit export` over real HTTP against `ticketkit mock-server` (on 127.0.0.1), for every vendor; and the real
 * `bin` in a child process: a reader that closes the pipe (`| head`), and Ctrl-C with standard output redirected to a
 * file, continued with the printed `--resume ... >> file`.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/cli/mock-server.js';
import { main, type CliIo } from '../../src/cli/main.js';
import { PROVIDERS, type ProviderId } from '../../src/index.js';
import { envOf, runCli, seedFor } from './export-helpers.js';

const root = join(import.meta.dirname, '../..');

async function serve(provider: ProviderId, count = 7, pageSize = 3): Promise<{ server: MockServer; eventId: string; env: Record<string, string> }> {
  const { seed, eventId } = seedFor(provider, { count });
  const server = await startMockServer({ provider, port: 0, seed, pageSize, ...(provider === 'event-vault' ? { clock: Date.now } : {}) });
  return { server, eventId: eventId(), env: envOf(provider, server.credentials) };
}

describe('over HTTP against ticketkit mock-server, every vendor', () => {
  for (const provider of PROVIDERS) {
    it(provider, async () => {
      const { server, eventId, env } = await serve(provider);
      try {
        const resource = provider === 'event-vault' ? 'attendees' : 'orders';
        const scope = provider === 'seaty' ? ['--event', eventId] : [];
        const run = await runCli(['export', resource, '--provider', provider, ...scope, '--base-url', server.baseUrl, '--quiet'], { env });
        expect(run.err).toBe('');
        expect(run.code).toBe(0);
        const client = server.emulator.client as any;
        const expected = await (resource === 'orders' ? client.orders.list(provider === 'seaty' ? { eventId } : {}) : client.attendees.list()).toArray({ limit: 100 });
        expect(run.data.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(expected);
        expect(server.emulator.calls.some((call) => call.op === `${resource}.list` && call.status === 200)).toBe(true);
      } finally {
        await server.close();
      }
    });
  }
});

describe('the try-it-now: `ticketkit mock-server --demo`, then `ticketkit export` with the variables it prints', () => {
  for (const provider of PROVIDERS) {
    it(provider, async () => {
      let stop!: (signal: string) => void;
      const stopped = new Promise<string>((resolve) => (stop = resolve));
      let printed!: (lines: { baseUrl: string; env: Record<string, string> }) => void;
      const ready = new Promise<{ baseUrl: string; env: Record<string, string> }>((resolve) => (printed = resolve));
      let baseUrl = '';
      const io: CliIo = {
        stdout: (text) => {
          baseUrl = /^base URL: (\S+)$/.exec(text)?.[1] ?? baseUrl;
          const variables = /^ticketkit export reads them from: (.*)$/.exec(text)?.[1];
          if (variables !== undefined) printed({ baseUrl, env: Object.fromEntries(variables.split(' ').map((pair) => pair.split('=') as [string, string])) });
        },
        stderr: () => undefined,
        stopped: () => stopped,
      };
      const serving = main(['mock-server', '--provider', provider, '--port', '0', '--demo'], io);
      const { baseUrl: url, env } = await ready;
      try {
        let argv = ['export', provider === 'event-vault' ? 'attendees' : 'orders', '--provider', provider, '--base-url', url, '--format', 'csv', '--quiet'];
        if (provider === 'seaty') {
          const events = await runCli(['export', 'events', '--provider', provider, '--base-url', url, '--fields', 'id', '--quiet'], { env });
          argv = [...argv, '--event', (JSON.parse(events.data) as { id: string }).id];
        }
        const run = await runCli(argv, { env });
        expect(run.err).toBe('');
        expect(run.code).toBe(0);
        expect(run.data.trimEnd().split('\n')).toHaveLength(1 + 250);
      } finally {
        stop('SIGTERM');
        expect(await serving).toBe(0);
      }
    });
  }
});

interface Child {
  code: number | null;
  stderr: string;
}

function bin(args: string[], env: Record<string, string>, stdout: 'pipe' | number, onSpawn?: (child: ReturnType<typeof spawn>) => void): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', stdout, 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  onSpawn?.(child);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

describe('the bin in a child process', () => {
  let served: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    // Pages of 50: the bin paces to Equaticket's Free plan in real time (a burst of 6, then 54 requests a minute), so
    // 18 pages leave time to interrupt the first run and let the resumed one finish well inside the budget.
    served = await serve('equaticket', 900, 50);
  }, 30_000);
  afterAll(() => served.server.close());

  it('| head: the reader closes the pipe after one line; the export ends at once, exit 0, no EPIPE stack', async () => {
    const result = await bin(['export', 'orders', '--provider', 'equaticket', '--base-url', served.server.baseUrl], served.env, 'pipe', (child) => {
      let seen = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('\n')) child.stdout!.destroy();
      });
    });
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.code).toBe(0);
  }, 30_000);

  it('Ctrl-C with standard output redirected to a file: exit 5 and `--resume ... >> file`, which completes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk-bin-'));
    const file = join(dir, 'orders.ndjson');
    const base = ['export', 'orders', '--provider', 'equaticket', '--base-url', served.server.baseUrl];
    let fd = openSync(file, 'w');
    const first = await bin([...base, '--checkpoint', join(dir, 'orders.checkpoint.json')], served.env, fd, (child) => {
      const poll = setInterval(() => {
        if (statSync(file).size > 0) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 20);
      child.once('close', () => clearInterval(poll));
    });
    closeSync(fd);
    expect(first.code).toBe(5);
    expect(first.stderr).toContain('interrupted by SIGINT');
    const command = new RegExp(`^ {2}ticketkit (export --resume \\S+) >> ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm').exec(first.stderr);
    expect(command, first.stderr).not.toBeNull();

    fd = openSync(file, 'a');
    const second = await bin([...command![1]!.split(' '), '--quiet'], served.env, fd);
    closeSync(fd);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const ids = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(900);
    expect(new Set(ids).size).toBe(900);
  }, 60_000);
});
