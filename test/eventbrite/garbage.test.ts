/**
 * No plain Error escapes any Eventbrite entry point (the shared harness of test/helpers/garbage.ts): garbage
 * arguments and garbage vendor answers give a `TicketingError`, as a rejection (never a synchronous throw), and
 * `withOptions(null)` is a `ConfigError`.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { expectNoPlainErrors, expectWithOptionsChecked } from '../helpers/garbage.js';
import { json, scriptedFetch } from '../helpers/wire.js';
import { ORG, TOKEN } from './helpers.js';

describe('Eventbrite: no plain Error escapes any entry point', () => {
  it('every resource method, every native method, request and toArray: a rejected TicketingError, never a throw', async () => {
    await expectNoPlainErrors({
      client: (fetch) => createClient({ provider: 'eventbrite', token: TOKEN, organizationId: ORG, fetch, maxRetries: 0, logLevel: 'off', rateLimit: false }),
      answers: [json({ pagination: 'x', events: [null, 5], orders: 'x', attendees: [1], ticket_classes: null })],
      resources: ['events', 'eventDates', 'ticketTypes', 'orders', 'attendees', 'native'],
      clientMethods: ['organizationId', 'unpublishEvent', 'copyEvent'],
      list: (tk) => tk.orders.list({ eventId: '1' }),
    });
  }, 60_000);

  it('withOptions: null, a number, a string or an array is a ConfigError; undefined is no override', () => {
    expectWithOptionsChecked(createClient({ provider: 'eventbrite', token: TOKEN, organizationId: ORG, logLevel: 'off' }));
  });

  it('a list with a wrong-typed filter or options is a ValidationError before any request', async () => {
    const wire = scriptedFetch([json({})]);
    const tk = createClient({ provider: 'eventbrite', token: TOKEN, organizationId: ORG, fetch: wire.fetch, logLevel: 'off' });
    await expect(tk.orders.list({ updatedSince: 7 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.ticketTypes.list({ eventId: 501 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list(undefined, { headers: 5 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list({ limit: 'many' } as never)).rejects.toBeInstanceOf(ValidationError);
    expect(wire.seen).toHaveLength(0);
  });
});
