/**
 * The two readings of Event Schedule payloads (src/providers/event-schedule/schemas.ts): the plain one is what the
 * accept path checks without copying, the lenient one converts the documented quirks. What the plain reading accepts
 * the lenient one returns unchanged, and the pages the vendor sends (here: the emulator's, and the documented shapes
 * of the adapter tests) take the plain reading, so a walk never falls back to zod (docs/vendors/event-schedule.md,
 * "Speed").
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compileAcceptor } from '../../src/core/fast-parse.js';
import { ES_PARSE, ES_RECORDS } from '../../src/providers/event-schedule/parse.js';
import { createMockClient } from '../../src/testing/index.js';
import type { EventScheduleSeeder } from '../../src/testing/emulators/event-schedule/index.js';
import { esEvent, esSale, esSchedule } from './helpers.js';

const BASE = 'https://eventschedule.com/api';

/** The emulator's answers to the paginated routes and single reads, as parsed JSON (seeded with every kind of row). */
async function emulatorPayloads(): Promise<Record<string, unknown>> {
  const mock = createMockClient({
    provider: 'event-schedule',
    seed: (raw) => {
      const s = raw as EventScheduleSeeder;
      const band = s.schedule({ name: 'The Band', type: 'talent' });
      const event = s.event({ name: 'Gala', talent: [band.subdomain, { name: 'Solo Act' }] });
      const weekly = s.event({ name: 'Weekly', recurring: true, start: '2026-03-03T19:00:00Z' });
      const vip = s.ticketType({ eventId: event.id, name: 'VIP', price: { amount: 9999, currency: 'USD' } });
      s.ticketType({ eventId: weekly.id, name: 'Door', price: null });
      for (let i = 0; i < 5; i++) s.order({ eventId: event.id, lines: [{ ticketTypeId: vip.id, quantity: 2 }] });
      s.order({ eventId: event.id, status: 'pending' });
      s.order({ eventId: weekly.id, buyer: { name: 'Ada', email: 'ada@example.com', phone: '+1 555 0100' } });
      s.feedback({ eventId: event.id, rating: 4, comment: 'Loud' });
      s.fanContent({ eventId: event.id, type: 'photo' });
      s.fanContent({ eventId: event.id, type: 'video', approved: true });
    },
  });
  const headers = { 'x-api-key': String((mock.credentials as { apiKey: string }).apiKey), accept: 'application/json' };
  const out: Record<string, unknown> = {};
  for (const path of ['/sales', '/events', '/feedback', '/fan-content', '/schedules']) {
    out[path] = await (await mock.fetch(`${BASE}${path}?page=1&per_page=100`, { headers })).json();
  }
  const events = (out['/events'] as { data: Array<{ id: string }> }).data;
  for (const e of events) out[`/events/${e.id}`] = await (await mock.fetch(`${BASE}/events/${e.id}`, { headers })).json();
  return out;
}

type Kind = keyof typeof ES_RECORDS;
const PAGE_KINDS: Array<[string, Kind]> = [
  ['/sales', 'sale'],
  ['/events', 'event'],
  ['/feedback', 'feedback'],
  ['/fan-content', 'fanContent'],
];

function plainAccepts(kind: Kind, row: unknown): boolean {
  const record = ES_RECORDS[kind];
  record.prepare?.(row);
  return compileAcceptor(record.plain)(row);
}

describe('Event Schedule wire readings: the pages the vendor sends take the accept path', () => {
  it.each(PAGE_KINDS)('every item of an emulator %s page passes the plain reading, and the page is used as it is (no copy)', async (path, kind) => {
    const payload = (await emulatorPayloads())[path] as { data: unknown[] };
    expect(payload.data.length).toBeGreaterThan(0);
    for (const row of payload.data) expect(plainAccepts(kind, row)).toBe(true);
    const pageParser = { sale: ES_PARSE.salePage, event: ES_PARSE.eventPage, feedback: ES_PARSE.feedbackPage, fanContent: ES_PARSE.fanContentPage }[
      kind as 'sale' | 'event' | 'feedback' | 'fanContent'
    ];
    expect(pageParser(payload).rows).toBe(payload.data);
  });

  it('an emulator event read (with members as a map, or [] when it has no talent) passes the plain reading', async () => {
    const payloads = await emulatorPayloads();
    const reads = Object.entries(payloads).filter(([path]) => path.startsWith('/events/'));
    expect(reads.length).toBe(2);
    for (const [, body] of reads) expect(ES_PARSE.eventRecord(body)).toBe((body as { data: unknown }).data);
  });

  it('the documented record shapes of the adapter tests pass the plain reading (a sale, an event with a decimal-string ticket price)', () => {
    expect(plainAccepts('sale', esSale())).toBe(true);
    expect(plainAccepts('event', esEvent())).toBe(true);
  });

  it('schedules take the lenient reading: show_phone comes as 0/1 (a documented deviation) and is read as a boolean', async () => {
    const page = (await emulatorPayloads())['/schedules'] as { data: Array<Record<string, unknown>> };
    expect(page.data.every((row) => row.show_phone === 0 || row.show_phone === 1)).toBe(true);
    expect(plainAccepts('schedule', page.data[0])).toBe(false);
    const rows = ES_PARSE.schedulePage(page).rows;
    expect(rows.every((row) => typeof row.show_phone === 'boolean')).toBe(true);
  });
});

/** A deep equality that ignores key order. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

describe('Event Schedule wire readings: the plain and lenient readings agree', () => {
  it('whatever the plain reading accepts (emulator payloads and their variations), the lenient one returns unchanged', async () => {
    const payloads = await emulatorPayloads();
    const variations = (row: Record<string, unknown>): Array<Record<string, unknown>> => [
      row,
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? undefined : v])),
      Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)),
      { ...row, vendor_extra_field: { nested: true } },
    ];
    let checked = 0;
    for (const [path, kind] of PAGE_KINDS) {
      for (const row of (payloads[path] as { data: Array<Record<string, unknown>> }).data) {
        for (const value of variations(structuredClone(row))) {
          if (!plainAccepts(kind, value)) continue;
          const lenient = (ES_RECORDS[kind].lenient as z.ZodType).safeParse(value);
          expect(lenient.success && same(lenient.data, value)).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the documented quirks fail the plain reading and are converted by the lenient one', () => {
    const sale = esSale({ id: 42, is_primary: 1, tickets: [{ ticket_id: 7, quantity: 1, price: '25.000', is_addon: '0' }] });
    expect(plainAccepts('sale', structuredClone(sale))).toBe(false);
    const page = ES_PARSE.salePage({ data: [sale], meta: { current_page: '1', last_page: '2', per_page: '1', total: 2 } });
    expect(page.rows[0]).toMatchObject({ id: '42', is_primary: true, tickets: [{ ticket_id: '7', price: '25.000', is_addon: false }] });
    expect(page.meta).toMatchObject({ current_page: 1, last_page: 2, per_page: 1 });
    const event = esEvent({ members: [], recurring_end_value: 10 });
    expect(ES_PARSE.eventRecord({ data: event })).toMatchObject({ members: {}, recurring_end_value: '10' });
  });

  it('a hidden record ({}) is dropped from a page; a malformed row is an error that names its field', () => {
    expect(ES_PARSE.salePage({ data: [{}, esSale()], meta: null }).rows.map((s) => s.id)).toEqual(['SaOne001']);
    let error: unknown;
    try {
      ES_PARSE.salePage({ data: [esSale(), esSale({ id: null })] });
    } catch (caught) {
      error = caught;
    }
    expect((error as z.ZodError).issues[0]!.path).toEqual(['data', 1, 'id']);
  });

  it('a schedule from the adapter tests (show_phone 0) is read through the lenient reading as before', () => {
    expect(ES_PARSE.scheduleRecord({ data: esSchedule() })).toMatchObject({ show_phone: false });
  });
});
