/**
 * Vendor error bodies and user filters are looked up in tables; a name Object.prototype carries ('constructor',
 * 'toString', '__proto__', 'hasOwnProperty') must read as an unknown entry, exactly like any other unknown name.
 */
import { describe, expect, it } from 'vitest';
import { ownValue } from '../../src/internal/own.js';
import { equaticketErrorMapper } from '../../src/providers/equaticket/errors.js';
import { mapEventbriteError } from '../../src/providers/eventbrite/errors.js';
import { mapEventScheduleError } from '../../src/providers/event-schedule/errors.js';
import { ClockSync, mapEventVaultError } from '../../src/providers/event-vault/errors.js';
import { mapSeatyError } from '../../src/providers/seaty/errors.js';
import type { HttpErrorContext, VendorErrorDetails } from '../../src/core/request-types.js';
import { createEventScheduleClient } from '../../src/providers/event-schedule/index.js';
import { ValidationError } from '../../src/core/errors.js';

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

function context(status: number, body: unknown): HttpErrorContext {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { status, headers: new Headers(), text, json: typeof body === 'string' ? undefined : body, method: 'GET', url: 'https://vendor.test/x' };
}

/** What matters for the caller: the class the code selects, the retry hint and the vendor code; the message names the input. */
function essence(details: VendorErrorDetails, name: string): unknown {
  return { code: details.code, vendorCode: details.vendorCode === name ? 'NAME' : details.vendorCode, retryAfterMs: details.retryAfterMs, fields: details.fields };
}

const mappers: Array<[string, (name: string, status: number) => VendorErrorDetails]> = [
  ['equaticket', (name, status) => equaticketErrorMapper([])(context(status, { error: { code: name, message: 'm' } }))],
  ['eventbrite', (name, status) => mapEventbriteError(context(status, { error: name, error_description: 'd', status_code: status }))],
  ['event-schedule', (name, status) => mapEventScheduleError(context(status, { message: name }))],
  ['event-vault', (name, status) => mapEventVaultError(context(status, name), new ClockSync(() => Date.parse("2026-12-01T00:00:00Z")))],
  ['seaty', (name, status) => mapSeatyError(context(status, { error: { code: name, message: 'm' } }))],
];

describe('ownValue', () => {
  it('answers own entries only', () => {
    const table: Record<string, number> = { a: 1 };
    expect(ownValue(table, 'a')).toBe(1);
    for (const name of INHERITED) expect(ownValue(table, name), name).toBeUndefined();
    expect(ownValue(table, null)).toBeUndefined();
    expect(ownValue(table, undefined)).toBeUndefined();
  });
});

describe.each(mappers)('%s error mapping', (_vendor, map) => {
  it.each([400, 401, 403, 404, 409, 422, 429])('status %i: an inherited name in the body reads as an unknown one', (status) => {
    // The reference is a name of the same shape that no table holds (vendors read a code's form, e.g. snake_case).
    for (const name of INHERITED) expect(essence(map(name, status), name), name).toEqual(essence(map(`${name}x`, status), `${name}x`));
  });
});

describe('a filter value named like an inherited member', () => {
  it('Event Schedule orders.list({ status: "constructor" }) is a ValidationError naming status, nothing sent', async () => {
    let sent = 0;
    const client = createEventScheduleClient({ apiKey: 'k_123', fetch: async () => { sent += 1; return new Response('{}'); } });
    for (const status of INHERITED) {
      const error = await client.orders.list({ status: status as never }).catch((e: unknown) => e);
      expect(error, status).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.map((f) => f.field)).toContain('status');
    }
    expect(sent).toBe(0);
  });
});
