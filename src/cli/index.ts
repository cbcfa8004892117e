/**
 * The `ticketkit` command.
 *
 *   ticketkit mock-server --provider equaticket --port 4010 [--seed file.json] [--page-size N] [--host 127.0.0.1] [--clock fixed|real]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PROVIDERS } from '../index.js';
import { seedFromJson } from '../testing/seed-file.js';
import { assertProvider, startMockServer } from './mock-server.js';

const USAGE = `Usage: ticketkit mock-server --provider <${PROVIDERS.join('|')}> --port <n> [--seed file.json] [--page-size <n>] [--host 127.0.0.1] [--clock fixed|real]

Serves a stateful vendor emulator over HTTP for tests in any language. Control API under /__ticketkit/:
GET calls, POST reset, POST faults {"mode":"once|times|always","n":2,"target":"orders.list","fault":{"kind":"rate_limited"}}, DELETE faults.

--clock fixed: the deterministic clock (2026-01-01T00:00:00Z, one second per write); --clock real: the machine's.
Default: real for event-vault (its x-timestamp must be within 5 minutes of the server's), fixed otherwise.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command !== 'mock-server') {
    console.error(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}`);
    return 1;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      provider: { type: 'string' },
      port: { type: 'string' },
      seed: { type: 'string' },
      'page-size': { type: 'string' },
      host: { type: 'string' },
      clock: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.provider || values.port === undefined) {
    console.error(`--provider and --port are required.\n\n${USAGE}`);
    return 1;
  }
  const provider = assertProvider(values.provider, PROVIDERS);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535 (got ${values.port}).`);
  const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
  const seed = values.seed === undefined ? undefined : seedFromJson(JSON.parse(readFileSync(values.seed, 'utf8')), provider);

  const clockMode = values.clock ?? (provider === 'event-vault' ? 'real' : 'fixed');
  if (clockMode !== 'real' && clockMode !== 'fixed') throw new Error(`--clock must be fixed or real (got ${clockMode}).`);
  const clock = clockMode === 'real' ? Date.now : undefined;

  const server = await startMockServer({ provider, port, host: values.host, seed, pageSize, clock });
  console.log(`ticketkit mock-server: ${provider} emulator listening`);
  console.log(`base URL: ${server.baseUrl}`);
  for (const [key, value] of Object.entries(server.credentials)) {
    if (typeof value === 'string') console.log(`${key}: ${value}`);
  }
  console.log('Ctrl-C to stop.');

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      console.log(`received ${signal}, stopping`);
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ticketkit: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
