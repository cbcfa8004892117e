/**
 * Secrets (issue 13.6): the API key a vendor body echoes, and a sale's ticket-access `secret`, never reach an error
 * (message, fields, raw, vendorCode, JSON, util.inspect), a hook or a log line.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TicketingError } from '../../src/core/errors.js';
import { esEvent, esSale, fakeVendor, json, KEY, makeClient, type Handler } from './helpers.js';

const SALE_SECRET = 'tkt_secret_9f8e7d6c5b4a';

/** A client whose hooks and logger (debug level) record everything they are handed, as text. */
function recordingClient(routes: Record<string, Handler>) {
  const seen: string[] = [];
  const record = (...values: unknown[]) => seen.push(inspect(values, { depth: 20 }) + JSON.stringify(values, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  const vendor = fakeVendor(routes);
  const client = makeClient(vendor.fetch, {
    maxRetries: 0,
    logLevel: 'debug',
    logger: { debug: record, info: record, warn: record, error: record },
    hooks: { onRequest: record, onResponse: record, onRetry: record, onError: record },
  });
  return { client, seen, vendor };
}

function everyRendering(error: unknown): string[] {
  const e = error as TicketingError;
  return [
    e.message,
    String(JSON.stringify((e as TicketingError & { fields?: unknown }).fields)),
    String(JSON.stringify(e.raw)),
    String(e.vendorCode),
    JSON.stringify(e),
    inspect(e, { depth: 20 }),
    String(e.stack),
  ];
}

const sale = { eventId: 'EvJazz01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }] };

describe('an API key echoed by the vendor', () => {
  it.each([400, 401, 422, 500])('a %i body that repeats the key: nowhere in the error, hooks or logs', async (status) => {
    const body = {
      error: `Invalid API key ${KEY}`,
      message: `X-API-Key: ${KEY}`,
      errors: { api_key: [`The key ${KEY} is not valid.`], 'headers.x-api-key': [KEY] },
      debug: { received: { 'x-api-key': KEY }, trace: [`auth(${KEY})`] },
    };
    const { client, seen } = recordingClient({ 'GET /api/events/EvJazz01': () => json({ data: esEvent() }), 'POST /api/sales': () => json(body, status) });
    const error = await client.orders.create(sale).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TicketingError);
    for (const text of everyRendering(error)) expect(text).not.toContain(KEY);
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(text).not.toContain(KEY);
  });
});

describe("a sale's ticket-access secret", () => {
  it('is not in debug logs of sale responses', async () => {
    const { client, seen } = recordingClient({
      'GET /api/sales/SaOne001': () => json({ data: esSale({ secret: SALE_SECRET }) }),
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
    });
    await client.orders.get('SaOne001');
    await client.native.getSale('SaOne001');
    expect(seen.some((text) => text.includes('SaOne001'))).toBe(true);
    for (const text of seen) expect(text).not.toContain(SALE_SECRET);
  });

  it('is not in the error when a sale payload cannot be read', async () => {
    const { client, seen } = recordingClient({ 'GET /api/sales/SaOne001': () => json({ data: esSale({ secret: SALE_SECRET, tickets: 'broken' }) }) });
    const error = await client.orders.get('SaOne001').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TicketingError);
    for (const text of everyRendering(error)) expect(text).not.toContain(SALE_SECRET);
    for (const text of seen) expect(text).not.toContain(SALE_SECRET);
  });

  it('is not in the error of a sale action whose follow-up read failed', async () => {
    const { client, seen } = recordingClient({
      'PUT /api/sales/SaOne001': () => json({ data: esSale({ status: 'paid', secret: SALE_SECRET }) }),
      'GET /api/events/EvJazz01': () => json({ error: 'Rate limit exceeded' }, 429),
    });
    const error = await client.orders.markPaid('SaOne001').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ outcomeUnknown: true, writtenId: 'SaOne001' });
    for (const text of everyRendering(error)) expect(text).not.toContain(SALE_SECRET);
    for (const text of seen) expect(text).not.toContain(SALE_SECRET);
  });
});
