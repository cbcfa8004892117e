/**
 * No plain Error escapes any Equaticket entry point (the shared harness of test/helpers/garbage.ts), native methods
 * included: garbage arguments and garbage vendor answers give a `TicketingError`, as a rejection of the right kind of
 * promise (never a synchronous throw).
 */
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/index.js';
import { expectNoPlainErrors, expectWithOptionsChecked } from '../helpers/garbage.js';
import { json } from '../helpers/wire.js';
import { KEY } from './helpers.js';

describe('Equaticket: no plain Error escapes any entry point', () => {
  it('every resource method, every native method, request and toArray', async () => {
    await expectNoPlainErrors({
      client: (fetch) => createClient({ provider: 'equaticket', apiKey: KEY, fetch, maxRetries: 0, logLevel: 'off', rateLimit: false }),
      answers: [json({ livemode: false, data: [null, 5, 'x'], has_more: 'yes' }), new Response('<html>', { status: 200 })],
      resources: ['events', 'eventDates', 'ticketTypes', 'orders', 'attendees', 'native'],
      list: (tk) => tk.orders.list({ eventId: 'e1' }),
    });
  }, 60_000);

  it('withOptions: null, a number, a string or an array is a ConfigError; undefined is no override', () => {
    expectWithOptionsChecked(createClient({ provider: 'equaticket', apiKey: KEY, logLevel: 'off' }));
  });

  it('the native layer exposes only Equaticket endpoints (no internal helper)', () => {
    const native = createClient({ provider: 'equaticket', apiKey: KEY, logLevel: 'off' }).native as unknown as Record<string, unknown>;
    expect(typeof native.fetchListPage).toBe('undefined');
    expect(typeof native.getEvent).toBe('function');
  });
});
