/**
 * Helpers of the export tests: a seeded emulator per vendor (hostile names included), the environment that holds its
 * credentials, and `runCli`, which runs `main()` with captured output, an optional stop signal and the emulator as
 * the network.
 */
import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { PROVIDER_REGISTRY, envVariableOf, type ProviderId } from '../../src/index.js';
import { createMockClient, type MockClient } from '../../src/testing/index.js';

/** Names a CSV writer and a spreadsheet must survive: delimiters, quotes, line breaks and formula starts. */
export const HOSTILE_NAMES = [
  'Comma, Inc.',
  'Say "hi"',
  'Line\nbreak',
  'Carriage\r\nreturn',
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\tTabbed',
  'Zoë Ünïcode',
  "O'Brien",
  '-42',
];

/** The vendors' exportable resources, as `ticketkit export` names them, and the flags each needs. */
export const EXPORTABLE: Record<ProviderId, Array<'events' | 'orders' | 'attendees' | 'ticket-types'>> = {
  equaticket: ['events', 'orders', 'attendees', 'ticket-types'],
  eventbrite: ['events', 'orders', 'attendees', 'ticket-types'],
  'event-schedule': ['events', 'orders', 'attendees', 'ticket-types'],
  seaty: ['events', 'orders', 'ticket-types'],
  'event-vault': ['events', 'attendees', 'ticket-types'],
};

export interface Seeded {
  provider: ProviderId;
  mock: MockClient;
  eventId: string;
  /** The environment `ticketkit export` reads the emulator's credentials from. */
  env: Record<string, string>;
}

export interface SeedOptions {
  count?: number;
  pageSize?: number;
  names?: readonly string[];
}

/**
 * The seed of an emulator of `provider`: one event and `count` orders (attendees on Event Vault), the buyers and
 * attendees named from `names` in turn. `eventId()` is the event's id once the seed ran.
 */
export function seedFor(provider: ProviderId, options: SeedOptions = {}): { seed: (s: any) => void; eventId: () => string } {
  const count = options.count ?? 7;
  const names = options.names ?? HOSTILE_NAMES;
  let eventId = '';
  const seed = (s: any) => {
    const event = s.event({ name: names[0] });
    eventId = event.id;
    if (provider === 'event-vault') {
      for (let i = 0; i < count; i++) {
        const guest = s.attendee({ eventId, name: names[i % names.length], email: `guest${i}@example.com` });
        s.ticket({ attendeeId: guest.id, ticketType: i % 2 ? 'VIP' : 'GA' });
      }
      return;
    }
    const date = provider === 'seaty' ? s.eventDate({ eventId }) : null;
    if (provider !== 'seaty' && provider !== 'eventbrite') s.ticketType({ eventId, name: names[1 % names.length], price: { amount: 2500, currency: 'USD' } });
    for (let i = 0; i < count; i++) {
      s.order({ eventId, ...(date ? { eventDateId: date.id } : {}), buyer: { name: names[i % names.length], email: `buyer${i}@example.com` } });
    }
  };
  return { seed, eventId: () => eventId };
}

/** An emulator of `provider` seeded by `seedFor`; every page holds at most `pageSize` (default 3) items. */
export function seeded(provider: ProviderId, options: SeedOptions = {}): Seeded {
  const { seed, eventId } = seedFor(provider, options);
  const mock = createMockClient({
    provider,
    pageSize: options.pageSize ?? 3,
    // Event Vault's x-timestamp is checked against the emulator's clock: both read the (possibly faked) Date.
    ...(provider === 'event-vault' ? { clock: () => Date.now() } : {}),
    seed,
  } as never) as MockClient;
  return { provider, mock, eventId: eventId(), env: envOf(provider, mock.credentials) };
}

/** The `TICKETKIT_<VENDOR>_<FIELD>` variables of a credentials object. */
export function envOf(provider: ProviderId, credentials: Record<string, unknown>): Record<string, string> {
  const { required, optional } = PROVIDER_REGISTRY[provider].credentials;
  const env: Record<string, string> = {};
  for (const key of [...required, ...optional]) {
    if (typeof credentials[key] === 'string') env[envVariableOf(provider, key)] = credentials[key] as string;
  }
  return env;
}

/** A standard output that collects what it is given; `onWrite` sees every chunk as it comes. */
export class Collector extends Writable {
  text = '';
  chunks = 0;
  constructor(private readonly onWrite?: (collector: Collector) => void) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    this.chunks += 1;
    this.onWrite?.(this);
    callback();
  }
}

export interface CliRun {
  code: number;
  /** What went to the data stream (standard output). */
  data: string;
  /** Lines on standard error. */
  err: string;
  /** Raw writes to the terminal (when `terminal` was set). */
  terminal: string;
}

export interface CliRunOptions {
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  cwd?: string;
  output?: Writable;
  outputPath?: string | null;
  /** Resolves the run's stop signal (as Ctrl-C would). */
  stop?: Promise<string>;
  terminal?: boolean;
  now?: () => number;
}

/** Runs `ticketkit <argv>` through `main()`, with captured output. */
export async function runCli(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let err = '';
  let terminal = '';
  const output = options.output ?? new Collector();
  const io: CliIo = {
    stdout: (text) => output.write(`${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    stopped: () => options.stop ?? new Promise(() => undefined),
    output,
    outputPath: options.outputPath ?? null,
    terminal: options.terminal ? { write: (text) => (terminal += text), columns: 200 } : null,
    env: options.env ?? {},
    cwd: options.cwd,
    fetch: options.fetch,
    now: options.now,
  };
  const code = await main(argv, io);
  return { code, data: output instanceof Collector ? output.text : '', err, terminal };
}

/** A stop signal and the function that sends it. */
export function stopSignal(): { stop: (signal?: string) => void; stopped: Promise<string> } {
  let stop!: (signal?: string) => void;
  const stopped = new Promise<string>((resolve) => (stop = (signal = 'SIGINT') => resolve(signal)));
  return { stop, stopped };
}

/** The flags that scope an export of `resource` to the seeded event where the vendor needs (or allows) it. */
export function scopeFlags(seed: Seeded, resource: string): string[] {
  if (resource === 'ticket-types') return ['--event', seed.eventId];
  if (resource === 'orders' && seed.provider === 'seaty') return ['--event', seed.eventId];
  return [];
}

/** Fakes the timers and `Date` (the client's backoff and rate-limit waits); undo with `vi.useRealTimers()`. */
export function fakeTime(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

/** Advances fake time until `promise` settles (no test waits for a real backoff or rate-limit wait). */
export async function settle<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  let value!: T;
  let failure: unknown = null;
  void promise.then(
    (v) => {
      done = true;
      value = v;
    },
    (error: unknown) => {
      done = true;
      failure = error ?? new Error('rejected');
    },
  );
  for (let i = 0; i < 2_000 && !done; i++) await vi.advanceTimersByTimeAsync(250);
  if (!done) throw new Error('did not settle within 500 s of fake time');
  if (failure !== null) throw failure;
  return value;
}
