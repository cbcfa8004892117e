/**
 * `ticketkit export` end to end through `main()`, every vendor over its emulator (the emulator is the network):
 * formats, CSV escaping of hostile names, `--fields`, `--raw`, `--limit`, `--since`, credentials, usage errors,
 * unsupported resources, a closed standard output, and progress. Interruptions and rate limits: export-resume.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvColumns, escapeFormula } from '../../src/export/index.js';
import { PROVIDERS, PROVIDER_REGISTRY, envVariableOf, fromMinorUnits, type ProviderId } from '../../src/index.js';
import { EXPORTABLE, HOSTILE_NAMES, fakeTime, runCli, scopeFlags, seeded, settle, type Seeded } from './export-helpers.js';
import { rateLimitFlag } from '../../src/cli/export.js';

afterEach(() => {
  vi.useRealTimers();
});

type Resource = 'events' | 'orders' | 'attendees' | 'ticket-types';

/** What the SDK itself lists for a resource of the seeded emulator (the export must give exactly this). */
async function sdkItems(seed: Seeded, resource: Resource, options: { raw?: boolean } = {}): Promise<any[]> {
  const client = seed.mock.client as any;
  const request = options.raw ? { raw: true } : undefined;
  const scoped = seed.provider === 'seaty' ? { eventId: seed.eventId } : {};
  const list =
    resource === 'events'
      ? client.events.list({}, request)
      : resource === 'orders'
        ? client.orders.list(scoped, request)
        : resource === 'attendees'
          ? client.attendees.list({}, request)
          : client.ticketTypes.list({ eventId: seed.eventId }, request);
  return list.toArray({ limit: 10_000 });
}

function ndjson(text: string): unknown[] {
  expect(text.endsWith('\n') || text === '').toBe(true);
  return text === '' ? [] : text.slice(0, -1).split('\n').map((line) => JSON.parse(line));
}

function csv(text: string): string[][] {
  return parse(text, { relax_quotes: false }) as string[][];
}

function exportArgs(seed: Seeded, resource: Resource, ...rest: string[]): string[] {
  return ['export', resource, '--provider', seed.provider, ...scopeFlags(seed, resource), '--quiet', ...rest];
}

describe('every vendor, every resource it has, every format: the normalized model the SDK lists', () => {
  for (const provider of PROVIDERS) {
    for (const resource of EXPORTABLE[provider]) {
      it(`${provider} ${resource}: NDJSON, JSON and CSV`, async () => {
        const seed = seeded(provider);
        const expected = await sdkItems(seed, resource);
        expect(expected.length).toBeGreaterThan(0);
        const io = { env: seed.env, fetch: seed.mock.fetch };

        const nd = await runCli(exportArgs(seed, resource), io);
        expect({ code: nd.code, err: nd.err }).toEqual({ code: 0, err: '' });
        expect(ndjson(nd.data)).toEqual(expected);

        const json = await runCli(exportArgs(seed, resource, '--format', 'json'), io);
        expect(json.code).toBe(0);
        expect(JSON.parse(json.data)).toEqual(expected);

        const table = await runCli(exportArgs(seed, resource, '--format', 'csv'), io);
        expect(table.code).toBe(0);
        const [header, ...records] = csv(table.data);
        const columns = csvColumns(resource, { sample: expected });
        expect(header).toEqual(columns.map((c) => c.header));
        expect(records).toHaveLength(expected.length);
        expect(records.map((r) => r[header!.indexOf('id')])).toEqual(expected.map((item) => item.id));
        // Nested fields are dotted columns; money is a decimal plus its currency.
        const moneyColumn = columns.find((c) => c.kind === 'money');
        if (moneyColumn) {
          const i = header!.indexOf(moneyColumn.path);
          const withMoney = expected.findIndex((item) => item[moneyColumn.path.split('.')[0]!] !== null);
          if (withMoney >= 0) {
            const money = moneyColumn.path.split('.').reduce((v: any, k) => v?.[k], expected[withMoney]);
            expect(records[withMoney]![i]).toMatch(/^-?\d+(\.\d+)?$/);
            expect(records[withMoney]![i + 1]).toBe(money.currency);
          }
        }
      });
    }
  }
});

describe('CSV: hostile names survive quoting, and formulas are defused', () => {
  const nameColumn = (resource: Resource) => (resource === 'orders' ? 'buyer.name' : 'name');
  for (const provider of PROVIDERS) {
    const resource: Resource = provider === 'event-vault' ? 'attendees' : 'orders';
    it(`${provider} ${resource}: commas, quotes, line breaks round-trip; =, +, -, @ and tab starts get a leading ' (plain numbers do not)`, async () => {
      const seed = seeded(provider, { count: HOSTILE_NAMES.length });
      const expected = (await sdkItems(seed, resource)).map((item) => (resource === 'orders' ? item.buyer.name : item.name) as string);
      expect([...expected].sort()).toEqual([...HOSTILE_NAMES].sort());
      const io = { env: seed.env, fetch: seed.mock.fetch };

      const escaped = await runCli(exportArgs(seed, resource, '--format', 'csv'), io);
      expect(escaped.code).toBe(0);
      const [header, ...records] = csv(escaped.data);
      const at = header!.indexOf(nameColumn(resource));
      expect(records.map((r) => r[at])).toEqual(expected.map(escapeFormula));
      const byName = new Map(records.map((r) => [r[at], r]));
      expect(byName.has("'=HYPERLINK(\"http://evil.example\",\"click\")")).toBe(true);
      expect(byName.has("'+SUM(1,2)")).toBe(true);
      expect(byName.has("'-2+3")).toBe(true);
      expect(byName.has("'@cmd")).toBe(true);
      expect(byName.has("'\tTabbed")).toBe(true);
      expect(byName.has('-42')).toBe(true);
      expect(byName.has('Comma, Inc.')).toBe(true);
      expect(byName.has('Line\nbreak')).toBe(true);
      // The quoting is RFC 4180: the raw text doubles quotes inside a quoted field.
      expect(escaped.data).toContain('"Say ""hi"""');

      const kept = await runCli(exportArgs(seed, resource, '--format', 'csv', '--csv-formulas', 'keep'), io);
      const [keptHeader, ...keptRecords] = csv(kept.data);
      expect(keptRecords.map((r) => r[keptHeader!.indexOf(nameColumn(resource))])).toEqual(expected);
    });
  }

  it('computed columns are never escaped: a negative amount stays a number', async () => {
    const { csvFormatter } = await import('../../src/export/index.js');
    const format = csvFormatter(csvColumns('orders', { fields: ['id', 'amountRefunded'] }));
    const text = format.start() + format.rows([{ id: '-1', amountRefunded: { amount: -1250, currency: 'EUR' } }], 0);
    expect(csv(text)).toEqual([
      ['id', 'amountRefunded', 'amountRefunded.currency'],
      ['-1', '-12.50', 'EUR'],
    ]);
  });
});

describe('--fields, --raw, --limit, --since', () => {
  it('--fields keeps the named fields, nesting kept in NDJSON and dotted columns in CSV; a whole object names its leaves', async () => {
    const seed = seeded('eventbrite');
    const io = { env: seed.env, fetch: seed.mock.fetch };
    const expected = await sdkItems(seed, 'orders');
    const nd = await runCli(exportArgs(seed, 'orders', '--fields', 'id, buyer.email,total'), io);
    expect(nd.code).toBe(0);
    expect(ndjson(nd.data)).toEqual(expected.map((o) => ({ id: o.id, buyer: { email: o.buyer.email }, total: o.total })));

    const table = await runCli(exportArgs(seed, 'orders', '--format', 'csv', '--fields', 'id,buyer,total'), io);
    const [header, first] = csv(table.data);
    expect(header).toEqual(['id', 'buyer.name', 'buyer.email', 'buyer.phone', 'total', 'total.currency']);
    expect(first).toEqual([expected[0].id, escapeFormula(expected[0].buyer.name), expected[0].buyer.email, '', fromMinorUnits(expected[0].total.amount, expected[0].total.currency), expected[0].total.currency]);
  });

  it('an unknown field is a usage error naming the closest one, before any request', async () => {
    const seed = seeded('equaticket');
    const run = await runCli(exportArgs(seed, 'orders', '--fields', 'id,buyr.email'), { env: seed.env, fetch: seed.mock.fetch });
    expect(run.code).toBe(2);
    expect(run.data).toBe('');
    expect(run.err).toContain('orders have no field "buyr.email" (did you mean "buyer.email"?)');
    expect(seed.mock.calls).toHaveLength(0);
  });

  it('--raw exports the vendor payloads (with --fields picked from them as they are; CSV needs --fields)', async () => {
    for (const provider of PROVIDERS) {
      const seed = seeded(provider);
      const resource: Resource = provider === 'event-vault' ? 'attendees' : 'orders';
      const io = { env: seed.env, fetch: seed.mock.fetch };
      const raw = (await sdkItems(seed, resource, { raw: true })).map((item) => item.raw);
      expect(raw.every((payload) => payload !== undefined && payload !== null)).toBe(true);
      const run = await runCli(exportArgs(seed, resource, '--raw'), io);
      expect(run.code, provider).toBe(0);
      expect(ndjson(run.data)).toEqual(raw);
      const key = Object.keys(raw[0])[0]!;
      const picked = await runCli(exportArgs(seed, resource, '--raw', '--fields', `${key},no.such.path`), io);
      expect(ndjson(picked.data)).toEqual(raw.map((payload) => ({ [key]: payload[key], no: { such: { path: null } } })));
      const table = await runCli(exportArgs(seed, resource, '--raw', '--format', 'csv'), io);
      expect(table.code).toBe(2);
      expect(table.err).toContain('--format csv with --raw needs --fields');
    }
  });

  it('--limit stops after n items, also in the middle of a page, and the JSON is still one array', async () => {
    const seed = seeded('seaty', { count: 10 });
    const io = { env: seed.env, fetch: seed.mock.fetch };
    const expected = await sdkItems(seed, 'orders');
    const run = await runCli(exportArgs(seed, 'orders', '--limit', '4', '--format', 'json'), io);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.data)).toEqual(expected.slice(0, 4));
  });

  it('--since filters by update time where the vendor can (Eventbrite), and is refused where it cannot', async () => {
    const seed = seeded('eventbrite', { count: 6 });
    const io = { env: seed.env, fetch: seed.mock.fetch };
    const all = await sdkItems(seed, 'orders');
    const since = [...all].map((o) => o.updatedAt as string).sort()[3]!;
    const before = seed.mock.calls.length;
    const run = await runCli(exportArgs(seed, 'orders', '--since', since), io);
    expect(run.code).toBe(0);
    const rows = ndjson(run.data) as Array<{ updatedAt: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.length);
    expect(rows.every((o) => o.updatedAt >= since)).toBe(true);
    // Filtered by the vendor, not after the fact.
    expect(seed.mock.calls[before]!.query).toHaveProperty('changed_since');

    const eq = seeded('equaticket');
    const refused = await runCli(exportArgs(eq, 'orders', '--since', '2026-01-01'), { env: eq.env, fetch: eq.mock.fetch });
    expect(refused).toMatchObject({ code: 4, data: '', err: 'ticketkit export: Equaticket cannot filter orders by update time: drop --since\n' });
    expect(eq.mock.calls).toHaveLength(0);
  });
});

describe('--out writes atomically', () => {
  it('the file appears under its name only when complete; no partial file is left; the format follows the extension', async () => {
    const seed = seeded('event-schedule');
    const dir = mkdtempSync(join(tmpdir(), 'tk-export-'));
    const run = await runCli(['export', 'orders', '--provider', 'event-schedule', '--out', 'orders.csv'], { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
    expect(run.code).toBe(0);
    expect(run.data).toBe('');
    expect(run.err).toBe(`ticketkit export: done: 7 orders, 3 pages in ${/in (\S+ \S+) →/.exec(run.err)![1]} → ${join(dir, 'orders.csv')}\n`);
    expect(readdirSync(dir)).toEqual(['orders.csv']);
    const [header, ...records] = csv(readFileSync(join(dir, 'orders.csv'), 'utf8'));
    expect(header![0]).toBe('id');
    expect(records).toHaveLength(7);
  });

  it('a failure before any row leaves nothing behind: no file, no partial, no checkpoint', async () => {
    const seed = seeded('equaticket');
    seed.mock.faults.always('orders.list', { kind: 'http', status: 500 });
    const dir = mkdtempSync(join(tmpdir(), 'tk-export-'));
    const run = await runCli(['export', 'orders', '--provider', 'equaticket', '--out', 'orders.ndjson', '--max-retries', '0'], { env: seed.env, fetch: seed.mock.fetch, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^ticketkit export: .*500/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('credentials come from the environment only', () => {
  it('a missing variable is exit code 3 and names every missing variable, for every vendor', async () => {
    for (const provider of PROVIDERS) {
      const seed = seeded(provider);
      const run = await runCli(['export', 'events', '--provider', provider], { env: {}, fetch: seed.mock.fetch });
      const names = PROVIDER_REGISTRY[provider].credentials.required.map((key) => envVariableOf(provider, key));
      expect(run.code, provider).toBe(3);
      expect(run.data).toBe('');
      expect(run.err).toBe(
        `ticketkit export: missing credentials for ${PROVIDER_REGISTRY[provider].name}: set ${names.join(' and ')} (ticketkit reads credentials from the environment only, never from flags)\n`,
      );
      expect(seed.mock.calls).toHaveLength(0);
    }
  });

  it('names only what is missing; --event fills a vendor setting named eventId (Event Vault)', async () => {
    const seed = seeded('event-vault');
    const partial = { ...seed.env, TICKETKIT_EVENT_VAULT_CLIENT_ID: '', TICKETKIT_EVENT_VAULT_EVENT_ID: undefined };
    const run = await runCli(['export', 'attendees', '--provider', 'event-vault'], { env: partial, fetch: seed.mock.fetch });
    expect(run.err).toContain('set TICKETKIT_EVENT_VAULT_CLIENT_ID and TICKETKIT_EVENT_VAULT_EVENT_ID');
    const withEvent = await runCli(['export', 'attendees', '--provider', 'event-vault', '--event', seed.eventId, '--quiet'], {
      env: { ...seed.env, TICKETKIT_EVENT_VAULT_EVENT_ID: undefined },
      fetch: seed.mock.fetch,
    });
    expect(withEvent.code).toBe(0);
    expect(ndjson(withEvent.data)).toHaveLength(7);
  });

  it('a malformed credential (exit 3) and one the vendor refuses (exit 3) name the variables to check', async () => {
    const seed = seeded('equaticket');
    const malformed = await runCli(['export', 'events', '--provider', 'equaticket'], { env: { TICKETKIT_EQUATICKET_API_KEY: 'not-a-key' }, fetch: seed.mock.fetch });
    expect(malformed.code).toBe(3);
    expect(malformed.err).toMatch(/^ticketkit export: Equaticket `apiKey` must .*sk_live_.*\(Equaticket's settings come from TICKETKIT_EQUATICKET_API_KEY, TICKETKIT_EQUATICKET_PLAN\)\n$/);
    const badPlan = await runCli(['export', 'events', '--provider', 'equaticket'], { env: { ...seed.env, TICKETKIT_EQUATICKET_PLAN: 'platinum' }, fetch: seed.mock.fetch });
    expect(badPlan.code).toBe(3);
    expect(badPlan.err).toMatch(/`plan`.*platinum|platinum.*`plan`/);
    seed.mock.faults.once('events.list', { kind: 'http', status: 401 });
    const refused = await runCli(['export', 'events', '--provider', 'equaticket'], { env: seed.env, fetch: seed.mock.fetch });
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/^ticketkit export: Equaticket refused the credentials: .*\(they come from TICKETKIT_EQUATICKET_API_KEY, TICKETKIT_EQUATICKET_PLAN\)\n$/);
    expect(refused.err).not.toContain(seed.env.TICKETKIT_EQUATICKET_API_KEY);
  });
});

describe('a wrong command line: exit code 2, a message naming the problem, nothing sent or written', () => {
  const seed = seeded('equaticket');
  const cases: Array<[string[], string]> = [
    [['export', 'order', '--provider', 'equaticket'], 'unknown resource "order" (did you mean orders?); expected one of events, orders, attendees, ticket-types'],
    [['export', 'orders', '--provider', 'eventbrit'], 'unknown provider "eventbrit" (did you mean eventbrite?); expected one of equaticket, eventbrite, event-schedule, seaty, event-vault'],
    [['export', 'orders', '--provider', 'equaticket', '--fromat', 'csv'], 'unknown option --fromat (did you mean --format?)'],
    [['export', 'orders', '--provider', 'equaticket', '--format', 'xml'], 'unknown format "xml"; expected one of ndjson, csv, json'],
    [['export', 'orders', '--provider', 'equaticket', '--format', 'cvs'], 'unknown format "cvs" (did you mean csv?); expected one of ndjson, csv, json'],
    [['export', '--provider', 'equaticket'], 'missing what to export: events | orders | attendees | ticket-types'],
    [['export', 'orders'], 'missing --provider'],
    [['export', 'orders', 'attendees', '--provider', 'equaticket'], 'unexpected argument "attendees"'],
    [['export', 'orders', '--provider', 'equaticket', '--limit', '0'], '--limit must be an integer from 1 up (got "0")'],
    [['export', 'orders', '--provider', 'equaticket', '--rate-limit', 'fast'], '--rate-limit must be a number of requests a minute or off (got "fast")'],
    [['export', 'orders', '--provider', 'equaticket', '--rate-limit', '0'], '--rate-limit must be a number of requests a minute or off (got "0")'],
    [['export', 'orders', '--provider', 'equaticket', '--since', 'yesterday'], '--since: expected an ISO-8601 date or instant such as 2026-03-01 or 2026-03-01T12:00:00Z, got "yesterday"'],
    [['export', 'orders', '--provider', 'equaticket', '--since', '2026-02-30'], '--since: expected an ISO-8601 date or instant such as 2026-03-01 or 2026-03-01T12:00:00Z, got "2026-02-30"'],
    [['export', 'orders', '--provider', 'equaticket', '--since', '2026-03-01T24:00:00Z'], '--since: expected an ISO-8601 date or instant such as 2026-03-01 or 2026-03-01T12:00:00Z, got "2026-03-01T24:00:00Z"'],
    [['export', 'events', '--provider', 'equaticket', '--since', '2026-01-01'], '--since filters orders and attendees; events cannot be filtered by update time'],
    [['export', 'ticket-types', '--provider', 'equaticket'], 'ticket-types are listed per event: pass --event <id>'],
    [['export', 'events', '--provider', 'equaticket', '--event', 'e1'], '--event filters orders, attendees and ticket-types; events are exported all at once'],
    [['export', 'orders', '--provider', 'equaticket', '--base-url', 'ftp://x'], '--base-url must be an http(s) URL (got "ftp://x")'],
    [['export', 'orders', '--provider', 'equaticket', '--csv-formulas', 'strip'], 'unknown --csv-formulas policy "strip"; expected one of escape, keep'],
    [['export', 'orders', '--provider', 'equaticket', '--max-wait', 'soon'], '--max-wait must be a number of seconds (got "soon")'],
    [['export', '--resume', 'x.json', '--provider', 'seaty'], '--resume continues the export as it was started; --provider cannot be changed (only --quiet, --max-wait, --max-retries, --rate-limit, --base-url, --checkpoint can be given with it)'],
    [['export', 'orders', '--resume', 'x.json'], '--resume continues the export its checkpoint describes; drop "orders"'],
  ];
  for (const [argv, message] of cases) {
    it(argv.slice(1).join(' '), async () => {
      expect(await runCli(argv, { env: seed.env, fetch: seed.mock.fetch })).toEqual({ code: 2, data: '', err: `ticketkit export: ${message}\nRun 'ticketkit export --help' for usage.\n`, terminal: '' });
      expect(seed.mock.calls).toHaveLength(0);
    });
  }
});

describe('what a vendor cannot export: exit code 4 and why', () => {
  const cases: Array<[ProviderId, string[], string]> = [
    ['event-vault', ['orders'], 'Event Vault has no orders to export (it can export: events, attendees, ticket-types)'],
    ['seaty', ['attendees'], 'Seaty has no attendees to export (it can export: events, orders, ticket-types)'],
    ['seaty', ['orders'], 'Seaty has no organisation-wide order list'],
    ['event-schedule', ['attendees', '--since', '2026-01-01'], 'Event Schedule cannot filter attendees by update time: drop --since'],
  ];
  for (const [provider, argv, message] of cases) {
    it(`${provider}: export ${argv.join(' ')}`, async () => {
      const seed = seeded(provider);
      const run = await runCli(['export', ...argv, '--provider', provider], { env: seed.env, fetch: seed.mock.fetch });
      expect(run.code).toBe(4);
      expect(run.data).toBe('');
      expect(run.err).toContain(message);
      if (provider === 'seaty' && argv[0] === 'orders') expect(run.err).toContain('(pass --event <id>)');
      expect(seed.mock.calls).toHaveLength(0);
    });
  }
});

describe('a closed standard output (`| head`)', () => {
  it('ends the export quietly with exit code 0: no EPIPE stack, no further pages fetched', async () => {
    const seed = seeded('equaticket', { count: 30 });
    let writes = 0;
    const closing = new Writable({
      write(_chunk, _encoding, callback) {
        writes += 1;
        if (writes === 1) return callback();
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' }));
      },
    });
    const run = await runCli(exportArgs(seed, 'orders'), { env: seed.env, fetch: seed.mock.fetch, output: closing });
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    // 10 pages of 3: the export stopped at once (a page fetched ahead at most).
    expect(seed.mock.calls.length).toBeLessThanOrEqual(4);
    // A late EPIPE after the export does not become an uncaught exception.
    closing.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  });
});

describe('progress on standard error', () => {
  it('plain lines when standard error is not a terminal: one per interval, one per retry, and a summary', async () => {
    const seed = seeded('equaticket', { count: 12 });
    seed.mock.faults.once('orders.list', { kind: 'http', status: 503 });
    let clock = 0;
    fakeTime();
    const run = await settle(runCli(['export', 'orders', '--provider', 'equaticket'], { env: seed.env, fetch: seed.mock.fetch, now: () => (clock += 2_500) }));
    vi.useRealTimers();
    expect(run.code).toBe(0);
    const lines = run.err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ticketkit export: HTTP 503 from Equaticket: waiting \d+ ms before retry 1$/);
    expect(lines.slice(1, -1)).toEqual([expect.stringMatching(/^ticketkit export: orders: \d+, \d+ pages?, \d+ orders\/s, 1 retry$/)]);
    expect(lines.at(-1)).toMatch(/^ticketkit export: done: 12 orders, 4 pages in \S+ \S+ \(1 retry\) → standard output$/);
  });

  it('a live line on a terminal: items, pages, items/s, retries, rate-limit waits and an ETA when the total is known', async () => {
    const seed = seeded('seaty', { count: 9 });
    let clock = 0;
    const run = await runCli(['export', 'orders', '--provider', 'seaty', '--event', seed.eventId, '--limit', '8'], {
      env: seed.env,
      fetch: seed.mock.fetch,
      terminal: true,
      now: () => (clock += 500),
    });
    expect(run.code).toBe(0);
    const frames = run.terminal.split('\r').filter(Boolean);
    expect(frames[0]).toMatch(/^orders: 3 · 1 page · \d+ orders\/s · ETA \S+( \S+)?\x1b\[K$/);
    expect(frames.at(-1)).toMatch(/^orders: 8 · 3 pages · \d+ orders\/s\x1b\[K\n$/);
    expect(run.err).toMatch(/^ticketkit export: done: 8 orders, 3 pages in/);
  });

  it('an ETA without --limit when the vendor counts the listing (Eventbrite object_count)', async () => {
    const seed = seeded('eventbrite', { count: 9 });
    let clock = 0;
    const live = (x: Seeded) => ['export', 'orders', '--provider', x.provider, ...scopeFlags(x, 'orders')];
    const run = await runCli(live(seed), { env: seed.env, fetch: seed.mock.fetch, terminal: true, now: () => (clock += 500) });
    expect(run, run.err).toMatchObject({ code: 0 });
    const frames = run.terminal.split('\r').filter(Boolean);
    expect(frames[0], run.terminal).toMatch(/ · ETA \S+/);
    // Equaticket does not count its listings: no ETA without --limit.
    const eq = seeded('equaticket', { count: 9 });
    const plain = await runCli(live(eq), { env: eq.env, fetch: eq.mock.fetch, terminal: true, now: () => (clock += 500) });
    expect(plain.terminal).toMatch(/orders: 9/);
    expect(plain.terminal).not.toMatch(/ETA/);
  });

  it('--quiet prints nothing on success', async () => {
    const seed = seeded('equaticket');
    const run = await runCli(exportArgs(seed, 'orders'), { env: seed.env, fetch: seed.mock.fetch, terminal: true });
    expect({ err: run.err, terminal: run.terminal }).toEqual({ err: '', terminal: '' });
  });
});

describe('help', () => {
  it('lists every flag, the credentials of every vendor and the exit codes', async () => {
    const run = await runCli(['export', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--provider', '--event', '--since', '--format', '--out', '--limit', '--fields', '--raw', '--base-url', '--csv-formulas', '--max-wait', '--max-retries', '--checkpoint', '--resume', '--quiet']) {
      expect(run.data).toContain(flag);
    }
    for (const provider of PROVIDERS) for (const key of PROVIDER_REGISTRY[provider].credentials.required) expect(run.data).toContain(envVariableOf(provider, key));
    expect(run.data).toContain('5 interrupted');
  });
});

describe('--rate-limit', () => {
  it('off: a long export over a plain fetch (real time) is not paced to the Free plan; the default would be', async () => {
    // 29 events in pages of 1 are 29 requests: paced to 60 a minute after the burst, about 23 s; unpaced, at once.
    const seed = seeded('equaticket', { pageSize: 1 });
    for (let i = 0; i < 28; i++) seed.mock.seed.event({ name: `More ${i}`, status: 'scheduled' } as never);
    const plain: typeof globalThis.fetch = (input, init) => seed.mock.fetch(input, init);
    const run = await runCli(['export', 'events', '--provider', 'equaticket', '--rate-limit', 'off', '--quiet'], { env: seed.env, fetch: plain });
    expect(run.code).toBe(0);
    expect(run.data.trim().split('\n')).toHaveLength(29);
    expect(seed.mock.calls.filter((c) => c.op === 'events.list').length).toBeGreaterThanOrEqual(29);
  }, 15_000);

  it('parses n and off, and refuses anything else', () => {
    expect(rateLimitFlag(undefined)).toBeUndefined();
    expect(rateLimitFlag('off')).toBe(false);
    expect(rateLimitFlag('600')).toEqual({ perMinute: 600 });
    expect(rateLimitFlag('1.5')).toEqual({ perMinute: 1.5 });
    for (const bad of ['0', '-1', 'fast', '1e3', '']) expect(() => rateLimitFlag(bad), bad).toThrow(/--rate-limit/);
  });
});
