/**
 * The `ticketkit` command line: `ticketkit --version`, `ticketkit --help`, `ticketkit <command> --help` and the
 * commands (`export`, `mock-server`). Exit codes: see `EXIT` in ./command.ts (0 success, 1 the command failed, 2 the
 * command line is wrong; `export` adds 3 credentials, 4 unsupported, 5 interrupted but resumable). Arguments are
 * parsed with node's `util.parseArgs`.
 */
import { readFileSync, readlinkSync, fstatSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PROVIDERS, envVariableOf } from '../index.js';
import { seedFromJson } from '../testing/index.js';
import { EXIT, UsageError, didYouMean, type CliIo, type Command, type Options, type Values } from './command.js';
import { DEMO_ORDERS, demoSeed } from './demo-seed.js';
import { exportCommand } from './export.js';
import { assertProvider, startMockServer } from './mock-server.js';

export { EXIT, type CliIo } from './command.js';

const mockServer: Command = {
  name: 'mock-server',
  summary: 'Serve a stateful vendor emulator over HTTP, for tests in any language',
  usage: 'ticketkit mock-server --provider <provider> --port <n> [options]',
  help: `Options:
  --provider <id>      ${PROVIDERS.join(' | ')} (required)
  --port <n>           port to listen on, 0 for a free one (required)
  --host <host>        interface to listen on (default 127.0.0.1)
  --seed <file.json>   starting data, in the seed-file format of ticketkit/testing
  --demo               starting data to try the CLI on: a festival, its ticket types and ${DEMO_ORDERS} orders
                       (guests on event-vault)
  --page-size <n>      cap every page the emulator serves (to exercise pagination)
  --clock fixed|real   fixed: the deterministic clock (2026-01-01T00:00:00Z, one second per write);
                       real: the machine's. Default: real for event-vault (its x-timestamp must be within
                       5 minutes of the server's), fixed otherwise.
  --webhook-url <urls> POST every webhook the vendor sends to these URLs (comma-separated; equaticket,
                       eventbrite, event-schedule); subscriptions made through the vendor's endpoints are POSTed too
  --webhook-secret <s> the signing secret of --webhook-url subscriptions (default: one per subscription, printed)
  -h, --help           show this help

Besides the vendor's own paths the server answers a control API under /__ticketkit/:
  GET calls, POST reset, DELETE faults, GET webhooks (deliveries), POST webhooks/wait (deliver all pending),
  POST faults {"mode":"once|times|always","n":2,"target":"orders.list","fault":{"kind":"rate_limited"}}`,
  options: {
    provider: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    demo: { type: 'boolean' },
    'page-size': { type: 'string' },
    clock: { type: 'string' },
    'webhook-url': { type: 'string' },
    'webhook-secret': { type: 'string' },
  },
  required: ['provider', 'port'],
  async run(values, io) {
    const provider = assertProvider(String(values.provider), PROVIDERS);
    const port = integer('--port', values.port, 0, 65535)!;
    const pageSize = integer('--page-size', values['page-size'], 1, Number.MAX_SAFE_INTEGER);
    if (values.seed !== undefined && values.demo) throw new UsageError('--seed and --demo both give the starting data: pass one', mockServer);
    const seed = values.demo ? demoSeed(provider) : values.seed === undefined ? undefined : seedFromJson(readSeedFile(String(values.seed)), provider);
    const clockMode = values.clock ?? (provider === 'event-vault' ? 'real' : 'fixed');
    if (clockMode !== 'real' && clockMode !== 'fixed') throw new Error(`--clock must be fixed or real (got ${String(clockMode)}).`);

    const server = await startMockServer({
      provider,
      port,
      host: values.host === undefined ? undefined : String(values.host),
      seed,
      pageSize,
      clock: clockMode === 'real' ? Date.now : undefined,
      webhookUrls: values['webhook-url'] === undefined ? undefined : String(values['webhook-url']).split(',').map((u) => u.trim()).filter(Boolean),
      webhookSecret: values['webhook-secret'] === undefined ? undefined : String(values['webhook-secret']),
    });
    io.stdout(`ticketkit mock-server: ${provider} emulator listening`);
    io.stdout(`base URL: ${server.baseUrl}`);
    for (const [key, value] of Object.entries(server.credentials)) {
      if (typeof value === 'string') io.stdout(`${key}: ${value}`);
    }
    const variables = Object.entries(server.credentials)
      .filter(([key, value]) => typeof value === 'string' && key !== 'clock')
      .map(([key, value]) => `${envVariableOf(provider, key)}=${String(value)}`);
    io.stdout(`ticketkit export reads them from: ${variables.join(' ')}`);
    for (const sub of server.webhookSubscriptions) io.stdout(`webhooks → ${sub.url}${sub.secret === null ? '' : ` (secret: ${sub.secret})`}`);
    io.stdout('Ctrl-C to stop.');
    const signal = await io.stopped();
    io.stdout(`received ${signal}, stopping`);
    await server.close();
    return 0;
  },
};

const COMMANDS: readonly Command[] = [exportCommand, mockServer];

const GLOBAL_OPTIONS: Options = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return `Usage: ticketkit <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (ticketkit <command> --help: that command's)
  -v, --version  show the version

Exit codes: 0 success, 1 the command failed, 2 a wrong command line, 3 credentials missing or refused,
4 not supported by the vendor, 5 interrupted but resumable (export: a checkpoint was saved).`;
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.summary}.\n\n${command.help}`;
}

/** The version of the installed package (src/cli and dist/cli both sit two folders below package.json). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Runs the command line `argv` (without node and the script) and resolves with the exit code. Never rejects: a
 * failure is reported on `io.stderr`.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let command: Command | null = null;
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(globalHelp());
      return 2;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.stdout(globalHelp());
      else io.stdout(commandHelp(findCommand(topic)));
      return 0;
    }
    if (first.startsWith('-')) {
      const { values } = parse(argv, GLOBAL_OPTIONS, null);
      if (values.version) io.stdout(version());
      else io.stdout(globalHelp());
      return 0;
    }
    command = findCommand(first);
    const { values, positionals } = parse(rest, { ...command.options, help: { type: 'boolean', short: 'h' } }, command);
    if (values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const missing = command.required.filter((name) => values[name] === undefined);
    if (missing.length > 0) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(' and ')}`, command);
    return await command.run(values, io, positionals);
  } catch (error) {
    const prefix = command === null ? 'ticketkit' : `ticketkit ${command.name}`;
    if (error instanceof UsageError) {
      const helpCommand = error.command === null ? 'ticketkit --help' : `ticketkit ${error.command.name} --help`;
      io.stderr(`${prefix}: ${error.message}\nRun '${helpCommand}' for usage.`);
      return EXIT.usage;
    }
    io.stderr(`${prefix}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command !== undefined) return command;
  throw new UsageError(`unknown command ${JSON.stringify(name)}${didYouMean(name, COMMANDS.map((c) => c.name))}`, null);
}

/** `util.parseArgs` in strict mode, its errors turned into usage errors that name the option. */
function parse(args: readonly string[], options: Options, command: Command | null): { values: Values; positionals: string[] } {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: command?.positionals !== undefined }) as { values: Values; positionals: string[] };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const text = error instanceof Error ? error.message : String(error);
    const names = Object.keys(options).map((o) => `--${o}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /option '([^']+)'/i.exec(text)?.[1] ?? text;
      throw new UsageError(`unknown option ${option}${didYouMean(option.split('=')[0]!, names)}`, command);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const argument = /argument '([^']+)'/i.exec(text)?.[1] ?? text;
      throw new UsageError(`unexpected argument ${JSON.stringify(argument)}`, command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /^Option '(?:-\w, )?(--[\w-]+)/.exec(text)?.[1];
      throw new UsageError(option !== undefined && /argument missing/.test(text) ? `${option} needs a value` : text.replace(/\.$/, ''), command);
    }
    throw error;
  }
  const max = command?.positionals?.max ?? 0;
  if (parsed.positionals.length > max && !parsed.values.help) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[max])}`, command);
  return parsed;
}

function readSeedFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the seed file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function integer(name: string, value: string | boolean | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max} (got ${String(value)}).`);
  return n;
}

/** The file descriptor's target when it is a regular file (Linux: /proc/self/fd), else `null`. */
function fileOf(fd: number): string | null {
  try {
    if (!fstatSync(fd).isFile()) return null;
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}

function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    output: process.stdout,
    outputPath: fileOf(1),
    terminal: process.stderr.isTTY ? { write: (text) => process.stderr.write(text), columns: process.stderr.columns || 80 } : null,
    env: process.env,
    cwd: process.cwd(),
    now: () => performance.now(),
    stopped: () =>
      new Promise((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
  };
}
