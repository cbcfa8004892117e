/**
 * No plain Error escapes any Event Schedule entry point (the shared harness of test/helpers/garbage.ts): garbage
 * arguments and garbage vendor answers give a `TicketingError`, as a rejection (never a synchronous throw), and
 * `withOptions(null)` is a `ConfigError`.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { expectNoPlainErrors, expectWithOptionsChecked } from '../helpers/garbage.js';
import { json, scriptedFetch } from '../helpers/wire.js';
import { KEY } from './helpers.js';

describe('Event Schedule: no plain Error escapes any entry point', () => {
  it('every resource method, every native method, request and toArray: a rejected TicketingError, never a throw', async () => {
    await expectNoPlainErrors({
      client: (fetch) => createClient({ provider: 'event-schedule', apiKey: KEY, fetch, maxRetries: 0, logLevel: 'off', rateLimit: false }),
      answers: [json({ data: [null, 5, 'x'], meta: 'x' })],
      resources: ['events', 'eventDates', 'ticketTypes', 'orders', 'attendees', 'native'],
      // Native reads named `list…` that answer one array (an `APIPromise`), not a paged list.
      notPaged: new Set(['listGroups', 'listCategories']),
      list: (tk) => tk.orders.list({ eventId: '1' }),
    });
  }, 60_000);

  it('withOptions: null, a number, a string or an array is a ConfigError; undefined is no override', () => {
    expectWithOptionsChecked(createClient({ provider: 'event-schedule', apiKey: KEY, logLevel: 'off' }));
  });

  it('a list with a wrong-typed filter or options is a ValidationError before any request', async () => {
    const wire = scriptedFetch([json({})]);
    const tk = createClient({ provider: 'event-schedule', apiKey: KEY, fetch: wire.fetch, logLevel: 'off' });
    await expect(tk.orders.list({ eventId: 7 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.orders.list({ buyerEmail: {} } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.attendees.list({ eventId: ['x'] } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list(undefined, { headers: 5 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list({ limit: 'many' } as never)).rejects.toBeInstanceOf(ValidationError);
    expect(wire.seen).toHaveLength(0);
  });

  it('orders.list(null) and attendees.list(null) are list(): no TypeError, one unfiltered page of sales', async () => {
    const sale = { id: 'Sa000001', event_id: 'EvJazz01', name: 'Ann', email: 'ann@example.com', status: 'paid', tickets: [] };
    const page = json({ data: [sale], meta: { current_page: 1, last_page: 1, per_page: 100, total: 1 } });
    const wire = scriptedFetch([(req) => (req.path.startsWith('/api/sales') ? page.clone() : json({ data: { id: 'EvJazz01' } }))]);
    const tk = createClient({ provider: 'event-schedule', apiKey: KEY, fetch: wire.fetch, logLevel: 'off' });
    const orders = tk.orders.list(null as never);
    const attendees = tk.attendees.list(null as never);
    expect((await orders).data.map((o) => o.id)).toEqual(['Sa000001']);
    await attendees;
    const lists = wire.seen.filter((r) => r.path === '/api/sales');
    expect(lists.map((r) => r.query)).toEqual([
      { page: '1', per_page: '100' },
      { page: '1', per_page: '100' },
    ]);
  });
});
