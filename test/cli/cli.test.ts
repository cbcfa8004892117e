/**
 * The `ticketkit` command line through its entry function (`main(argv, io)`): --version, --help,
 * `<command> --help`, and exit code 2 with a clear message for a command line that does not parse. The installed
 * `bin` itself is run by test/consumer/package.test.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the command line with captured output; `stop` resolves the wait of a long-running command. */
async function run(argv: string[], stop: Promise<string> = new Promise(() => undefined)): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => (out += `${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    stopped: () => stop,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('ticketkit --version and --help', () => {
  it('--version and -v print the package version', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await run([flag])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
    }
  });

  it('--help, -h and `help` list the commands and the exit codes on stdout', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const { code, out, err } = await run(argv);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out).toMatch(/^Usage: ticketkit <command> \[options\]/);
      expect(out).toMatch(/^ {2}mock-server +Serve a stateful vendor emulator/m);
      expect(out).toContain('-v, --version');
      expect(out).toContain('2 a wrong command line');
    }
  });

  it('`<command> --help`, `<command> -h` and `help <command>` print that command\'s options', async () => {
    for (const argv of [['mock-server', '--help'], ['mock-server', '-h'], ['help', 'mock-server'], ['mock-server', '--provider', 'seaty', '--help']]) {
      const { code, out, err } = await run(argv);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out).toMatch(/^Usage: ticketkit mock-server --provider <provider> --port <n>/);
      for (const option of ['--provider', '--port', '--host', '--seed', '--page-size', '--clock']) expect(out).toContain(option);
      expect(out).toContain('equaticket | eventbrite | event-schedule | seaty | event-vault');
    }
  });

  it('no command at all: the help on stderr and exit code 2', async () => {
    const { code, out, err } = await run([]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^Usage: ticketkit <command>/);
  });
});

describe('a command line that does not parse: exit code 2, a message naming the problem, nothing on stdout', () => {
  const cases: Array<[string[], string]> = [
    [['mock-sever'], 'ticketkit: unknown command "mock-sever" (did you mean mock-server?)\nRun \'ticketkit --help\' for usage.\n'],
    [['deploy'], 'ticketkit: unknown command "deploy"\nRun \'ticketkit --help\' for usage.\n'],
    [['help', 'deploy'], 'ticketkit: unknown command "deploy"\nRun \'ticketkit --help\' for usage.\n'],
    [['--verison'], 'ticketkit: unknown option --verison (did you mean --version?)\nRun \'ticketkit --help\' for usage.\n'],
    [['--help', 'extra'], 'ticketkit: unexpected argument "extra"\nRun \'ticketkit --help\' for usage.\n'],
    [['mock-server', '--provider', 'seaty', '--prot', '4010'], 'ticketkit mock-server: unknown option --prot (did you mean --port?)\nRun \'ticketkit mock-server --help\' for usage.\n'],
    [['mock-server', '--provider=seaty', '--port=0', '--verbose'], 'ticketkit mock-server: unknown option --verbose\nRun \'ticketkit mock-server --help\' for usage.\n'],
    [['mock-server', '--provider', 'seaty'], 'ticketkit mock-server: missing --port\nRun \'ticketkit mock-server --help\' for usage.\n'],
    [['mock-server'], 'ticketkit mock-server: missing --provider and --port\nRun \'ticketkit mock-server --help\' for usage.\n'],
    [['mock-server', '--provider', 'seaty', '--port'], 'ticketkit mock-server: --port needs a value\nRun \'ticketkit mock-server --help\' for usage.\n'],
    [['mock-server', '--provider', 'seaty', '--port', '0', 'now'], 'ticketkit mock-server: unexpected argument "now"\nRun \'ticketkit mock-server --help\' for usage.\n'],
  ];
  for (const [argv, message] of cases) {
    it(`ticketkit ${argv.join(' ')}`, async () => {
      expect(await run(argv)).toEqual({ code: 2, out: '', err: message });
    });
  }
});

describe('a command that parses but fails: exit code 1 and the reason', () => {
  it('a bad value, an unknown provider or an unreadable seed file', async () => {
    expect(await run(['mock-server', '--provider', 'seaty', '--port', '70000'])).toEqual({
      code: 1,
      out: '',
      err: 'ticketkit mock-server: --port must be an integer from 0 to 65535 (got 70000).\n',
    });
    expect((await run(['mock-server', '--provider', 'seaty', '--port', '0', '--page-size', 'ten'])).err).toContain('--page-size must be an integer');
    expect((await run(['mock-server', '--provider', 'seaty', '--port', '0', '--clock', 'slow'])).err).toContain('--clock must be fixed or real');
    expect((await run(['mock-server', '--provider', 'nope', '--port', '0'])).err).toMatch(/^ticketkit mock-server: Unknown provider "nope"; expected one of equaticket,/);
    expect((await run(['mock-server', '--provider', 'equaticet', '--port', '0'])).err).toMatch(/^ticketkit mock-server: Unknown provider "equaticet" \(did you mean equaticket\?\); expected one of equaticket,/);
    const missing = await run(['mock-server', '--provider', 'seaty', '--port', '0', '--seed', join(root, 'no-such-seed.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`cannot read the seed file ${join(root, 'no-such-seed.json')}`);
  });
});

describe('ticketkit mock-server through the entry function', () => {
  it('serves until told to stop, then closes and exits 0', async () => {
    let stop!: (signal: string) => void;
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    let out = '';
    let ready!: (baseUrl: string) => void;
    const listening = new Promise<string>((resolve) => (ready = resolve));
    const io: CliIo = {
      stdout: (text) => {
        out += `${text}\n`;
        const match = /^base URL: (\S+)$/.exec(text);
        if (match) ready(match[1]!);
      },
      stderr: (text) => (out += `stderr: ${text}\n`),
      stopped: () => stopped,
    };
    const exit = main(['mock-server', '--provider', 'equaticket', '--port', '0'], io);
    const baseUrl = await listening;
    const res = await fetch(`${baseUrl}/events`);
    expect(res.status).toBe(401);
    stop('SIGTERM');
    expect(await exit).toBe(0);
    expect(out).toContain('apiKey: sk_test_');
    expect(out).toContain('received SIGTERM, stopping');
    await expect(fetch(`${baseUrl}/events`)).rejects.toThrow();
  });
});

describe('the bin entry', () => {
  it('turns the exit code of main into the process exit code', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', '--no-such-flag'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('ticketkit: unknown option --no-such-flag');
  }, 30_000);
});
