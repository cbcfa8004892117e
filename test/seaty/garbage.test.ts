/**
 * No plain Error escapes any Seaty entry point (the shared harness of test/helpers/garbage.ts): garbage
 * arguments and garbage vendor answers give a `TicketingError`, as a rejection (never a synchronous throw), and
 * `withOptions(null)` is a `ConfigError`.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { expectNoPlainErrors, expectWithOptionsChecked } from '../helpers/garbage.js';
import { json, scriptedFetch } from '../helpers/wire.js';
import { KEY } from './helpers.js';

describe('Seaty: no plain Error escapes any entry point', () => {
  it('every resource method, every native method, request and toArray: a rejected TicketingError, never a throw', async () => {
    await expectNoPlainErrors({
      client: (fetch) => createClient({ provider: 'seaty', apiKey: KEY, fetch, maxRetries: 0, logLevel: 'off', rateLimit: false }),
      answers: [json({ data: [null, 5, 'x'], links: 'x', meta: [] })],
      resources: ['events', 'eventDates', 'ticketTypes', 'orders', 'attendees', 'contacts', 'native'],
      list: (tk) => tk.orders.list({ eventId: '1' }),
    });
  }, 60_000);

  it('withOptions: null, a number, a string or an array is a ConfigError; undefined is no override', () => {
    expectWithOptionsChecked(createClient({ provider: 'seaty', apiKey: KEY, logLevel: 'off' }));
  });

  it('a list with a wrong-typed filter or options is a ValidationError before any request', async () => {
    const wire = scriptedFetch([json({})]);
    const tk = createClient({ provider: 'seaty', apiKey: KEY, fetch: wire.fetch, logLevel: 'off', rateLimit: false });
    await expect(tk.orders.list({ eventId: 7 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.orders.list({ eventDateId: 501 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list(undefined, { headers: 5 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list({ limit: 'many' } as never)).rejects.toBeInstanceOf(ValidationError);
    expect(wire.seen).toHaveLength(0);
  });
});
