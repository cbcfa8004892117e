/**
 * `ticketkit/export` as a library: `exportItems` (rows, pages, the checkpoint after any row, options checked before
 * any request), the model's fields and the formatters (a resumed file continues the same text).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_RESOURCES,
  csvColumns,
  csvFormatter,
  escapeFormula,
  exportItems,
  formatterFor,
  jsonFormatter,
  modelFields,
  ndjsonFormatter,
  pickPaths,
  selectablePaths,
  type ExportCheckpoint,
  type ExportOptions,
} from '../../src/export/index.js';
import { AbortError, PROVIDERS, UnsupportedCapabilityError, ValidationError, type TicketingClient } from '../../src/index.js';
import { EXPORTABLE, seeded, type Seeded } from '../cli/export-helpers.js';

function optionsFor(seed: Seeded): ExportOptions {
  if (seed.provider === 'event-vault') return { resource: 'attendees', pageSize: 3 };
  return { resource: 'orders', pageSize: 3, ...(seed.provider === 'seaty' ? { eventId: seed.eventId } : {}) };
}

async function allRows(client: TicketingClient, options: ExportOptions): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const row of exportItems(client, options)) rows.push(row);
  return rows;
}

/** The leaf paths of an object (`buyer.email`), lists and money as leaves. */
function leaves(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (child !== null && typeof child === 'object' && !Array.isArray(child) && !('amount' in child && 'currency' in child)) return leaves(child as Record<string, unknown>, path);
    return [path];
  });
}

describe('the model fields come from the zod schemas', () => {
  it('every field of every item any vendor exports has a CSV column (nested ones dotted, money as two)', async () => {
    for (const provider of PROVIDERS) {
      const seed = seeded(provider);
      for (const resource of EXPORTABLE[provider]) {
        const items = (await allRows(seed.mock.client, { resource, ...(resource === 'ticket-types' || (provider === 'seaty' && resource === 'orders') ? { eventId: seed.eventId } : {}) })) as Array<Record<string, unknown>>;
        const columns = csvColumns(resource, { sample: items });
        const paths = new Set(columns.map((c) => c.path));
        // A null object (an event without a venue) is covered by the columns under it.
        const covered = (path: string) => paths.has(path) || [...paths].some((p) => p.startsWith(`${path}.`));
        for (const item of items) for (const path of leaves(item)) expect(covered(path), `${provider} ${resource}: ${path}`).toBe(true);
      }
    }
  });

  it("Seaty's balance is the model's amountDue, so a Seaty order has no extra columns", async () => {
    const seed = seeded('seaty');
    const rows = await allRows(seed.mock.client, optionsFor(seed));
    const headers = csvColumns('orders', { sample: rows }).map((c) => c.header);
    expect(headers).toContain('buyer.email');
    expect(headers).toContain('amountDue');
    expect(headers).not.toContain('balance');
    expect(headers).toEqual(csvColumns('orders').map((c) => c.header));
  });

  it('a field beyond the model (an item carrying an extra money field) becomes extra columns after the model ones', async () => {
    const seed = seeded('seaty');
    const rows = await allRows(seed.mock.client, optionsFor(seed));
    const withExtra = rows.map((row) => ({ ...(row as object), deposit: { amount: 500, currency: 'GBP' } }));
    const headers = csvColumns('orders', { sample: withExtra }).map((c) => c.header);
    expect(headers.slice(0, -2)).toEqual(csvColumns('orders').map((c) => c.header));
    expect(headers.slice(-2)).toEqual(['deposit', 'deposit.currency']);
  });

  it('selectable paths are the leaves and the objects above them; pickPaths keeps nesting and writes null for a missing path', () => {
    expect(selectablePaths('orders')).toEqual(expect.arrayContaining(['buyer', 'buyer.email', 'total', 'lines']));
    expect(selectablePaths('orders')).not.toContain('total.amount');
    expect(selectablePaths('orders')).not.toContain('raw');
    expect(pickPaths({ id: 'o1', buyer: { name: 'A', email: 'a@x' } }, ['id', 'buyer.email', 'venue.name'])).toEqual({ id: 'o1', buyer: { email: 'a@x' }, venue: { name: null } });
    expect(EXPORT_RESOURCES).toEqual(['events', 'orders', 'attendees', 'ticket-types']);
  });
});

describe('exportItems: the checkpoint after any row resumes with nothing lost and nothing repeated', () => {
  for (const provider of PROVIDERS) {
    it(provider, async () => {
      const seed = seeded(provider, { count: 8 });
      const options = optionsFor(seed);
      const expected = await allRows(seed.mock.client, options);
      expect(expected).toHaveLength(8);
      for (let stopAfter = 0; stopAfter <= expected.length; stopAfter++) {
        const run = exportItems(seed.mock.client, options);
        const got: unknown[] = [];
        if (stopAfter > 0) {
          for await (const row of run) {
            got.push(row);
            if (got.length === stopAfter) break;
          }
        }
        const checkpoint: ExportCheckpoint = run.checkpoint;
        expect(checkpoint.rows).toBe(stopAfter);
        const rest = await allRows(seed.mock.client, { ...options, cursor: checkpoint.cursor, skip: checkpoint.skip });
        expect([...got, ...rest], `${provider}, stopped after ${stopAfter}`).toEqual(expected);
      }
    });
  }

  it('pages() hands out pages of rows with the state after each; limit ends in the middle of a page', async () => {
    const seed = seeded('equaticket', { count: 8 });
    const expected = await allRows(seed.mock.client, { resource: 'orders' });
    const pages = [];
    for await (const page of exportItems(seed.mock.client, { resource: 'orders', pageSize: 3, limit: 5 }).pages()) pages.push(page);
    expect(pages.map((p) => p.rows.length)).toEqual([3, 2]);
    expect(pages.flatMap((p) => p.rows)).toEqual(expected.slice(0, 5));
    expect(pages[0]!.after).toMatchObject({ skip: 0, rows: 3, pages: 1, done: false });
    expect(pages[1]!.after).toMatchObject({ skip: 2, rows: 5, pages: 2, done: true });
    // The limit's checkpoint still says where the listing goes on.
    const rest = await allRows(seed.mock.client, { resource: 'orders', pageSize: 3, cursor: pages[1]!.after.cursor, skip: 2 });
    expect(rest).toEqual(expected.slice(5));
  });

  it('fields and raw shape the rows; an aborted export stops before the next page and keeps its checkpoint', async () => {
    const seed = seeded('eventbrite');
    const [first] = await allRows(seed.mock.client, { resource: 'orders', fields: ['id', 'buyer.email'] });
    expect(Object.keys(first as object)).toEqual(['id', 'buyer']);
    const [raw] = (await allRows(seed.mock.client, { resource: 'orders', raw: true })) as Array<Record<string, unknown>>;
    expect(raw).toHaveProperty('costs');

    const controller = new AbortController();
    const run = exportItems(seed.mock.client, { resource: 'orders', pageSize: 3, signal: controller.signal });
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const page of run.pages()) {
          seen.push(...page.rows);
          controller.abort(new Error('stop'));
        }
      })(),
    ).rejects.toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(3);
    expect(run.checkpoint).toMatchObject({ rows: 3, skip: 0, done: false, cursor: expect.any(String) });
  });
});

describe('exportItems checks its options before any request', () => {
  const seed = seeded('equaticket');
  const client = seed.mock.client;
  const cases: Array<[Partial<ExportOptions> & Record<string, unknown>, new (...args: never[]) => Error, string]> = [
    [{ resource: 'order' as never }, ValidationError, 'expected one of events, orders, attendees, ticket-types, got "order"'],
    [{ resource: 'orders', eventID: 'x' }, ValidationError, 'Invalid export option eventID: unknown option (did you mean "eventId"?)'],
    [{ resource: 'orders', fields: ['buyr.email'] }, ValidationError, 'orders have no field "buyr.email" (did you mean "buyer.email"?)'],
    [{ resource: 'orders', fields: [] }, ValidationError, 'expected a non-empty list of field names'],
    [{ resource: 'orders', since: 'last week' }, ValidationError, 'expected an ISO-8601 date or instant'],
    [{ resource: 'orders', since: '2026-01-01' }, UnsupportedCapabilityError, 'Equaticket cannot filter orders by update time'],
    [{ resource: 'events', since: '2026-01-01' }, ValidationError, 'events cannot be filtered by update time'],
    [{ resource: 'events', eventId: 'e' }, ValidationError, 'eventId filters orders, attendees and ticket types'],
    [{ resource: 'ticket-types' }, ValidationError, 'ticket types are listed per event: pass eventId'],
    [{ resource: 'orders', limit: 0 }, ValidationError, 'Invalid export option limit: expected an integer of at least 1, got 0'],
    [{ resource: 'orders', skip: -1 }, ValidationError, 'Invalid export option skip'],
    [{ resource: 'orders', pageSize: 2.5 }, ValidationError, 'Invalid export option pageSize'],
  ];
  for (const [options, type, message] of cases) {
    it(JSON.stringify(options), () => {
      let thrown: unknown;
      try {
        exportItems(client, options as ExportOptions);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(type);
      expect((thrown as Error).message).toContain(message);
      expect(seed.mock.calls).toHaveLength(0);
    });
  }

  it('a vendor without the resource: UnsupportedCapabilityError', () => {
    const vault = seeded('event-vault');
    expect(() => exportItems(vault.mock.client, { resource: 'orders' })).toThrow(UnsupportedCapabilityError);
    expect(() => exportItems(vault.mock.client, { resource: 'orders' })).toThrow('Event Vault has no orders to export');
  });

  it('raw accepts any field path (vendor payloads have no fixed shape)', () => {
    expect(() => exportItems(client, { resource: 'orders', raw: true, fields: ['anything.at.all'] })).not.toThrow();
  });
});

describe('formatters', () => {
  const rows = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 3 }];

  it('NDJSON: one object a line; JSON: one array, continued across runs by the count written before', () => {
    const nd = ndjsonFormatter();
    expect(nd.start() + nd.rows(rows, 0) + nd.end(3)).toBe('{"id":"a","n":1}\n{"id":"b","n":2}\n{"id":"c","n":3}\n');
    const json = jsonFormatter();
    const oneRun = json.start() + json.rows(rows, 0) + json.end(3);
    const twoRuns = json.start() + json.rows(rows.slice(0, 1), 0) + json.rows(rows.slice(1), 1) + json.end(3);
    expect(twoRuns).toBe(oneRun);
    expect(JSON.parse(oneRun)).toEqual(rows);
    expect(JSON.parse(json.start() + json.end(0))).toEqual([]);
  });

  it('CSV: the header once (from start()), quoting by csv-stringify, null as empty, booleans and lists as text', () => {
    const columns = csvColumns('orders', { fields: ['id', 'testMode', 'lines', 'reference'] });
    const format = csvFormatter(columns);
    const text =
      format.start() +
      format.rows([{ id: 'o,1', testMode: true, lines: [{ name: 'GA', quantity: 2 }], reference: null }], 0) +
      format.rows([{ id: 'o"2', testMode: null, lines: null, reference: 'line\nbreak' }], 1);
    expect(parse(text)).toEqual([
      ['id', 'testMode', 'lines', 'reference'],
      ['o,1', 'true', '[{"name":"GA","quantity":2}]', ''],
      ['o"2', '', '', 'line\nbreak'],
    ]);
    expect(() => formatterFor('csv')).toThrow(ValidationError);
    expect(() => csvColumns('orders', { raw: true })).toThrow('CSV of raw vendor payloads needs fields');
  });

  it('formula escaping: =, +, -, @, tab, CR and their full-width forms get a leading quote; plain numbers and other text do not', () => {
    const table: Array<[string, string]> = [
      ['=1+1', "'=1+1"],
      ['+SUM(A1)', "'+SUM(A1)"],
      ['-A1', "'-A1"],
      ['@foo', "'@foo"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ['\uFF1D1+1', "'\uFF1D1+1"],
      ['-42', '-42'],
      ['+44', '+44'],
      ['-12.50', '-12.50'],
      ['a=b', 'a=b'],
      ['', ''],
    ];
    for (const [input, output] of table) expect(escapeFormula(input), JSON.stringify(input)).toBe(output);
    const keep = csvFormatter(csvColumns('attendees', { fields: ['name'] }), { formulas: 'keep' });
    expect(keep.rows([{ name: '=1+1' }], 0)).toBe('=1+1\n');
  });
});
