/**
 * No plain Error escapes any Event Vault entry point (the shared harness of test/helpers/garbage.ts): garbage
 * arguments and garbage vendor answers give a `TicketingError`, as a rejection (never a synchronous throw), and
 * `withOptions(null)` is a `ConfigError`.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { expectNoPlainErrors, expectWithOptionsChecked } from '../helpers/garbage.js';
import { json, scriptedFetch } from '../helpers/wire.js';
import { CFG } from './helpers.js';

describe('Event Vault: no plain Error escapes any entry point', () => {
  it('every resource method, every native method, request and toArray: a rejected TicketingError, never a throw', async () => {
    await expectNoPlainErrors({
      client: (fetch) => createClient({ provider: 'event-vault', ...CFG, fetch, maxRetries: 0, logLevel: 'off' }),
      answers: [json([null, 5, 'x', { email: 7 }])],
      resources: ['events', 'eventDates', 'ticketTypes', 'orders', 'attendees', 'tickets', 'native'],
      clientMethods: ['guestCount', 'ensureAttendee', 'ensureAttendeeDeleted', 'ensureGuest', 'ensureRemoved'],
      // The native layer's `pipelineFor` is a (TypeScript-private) constructor parameter, not an entry point.
      internal: new Set(['pipelineFor']),
      list: (tk) => tk.attendees.list({}),
    });
  }, 60_000);

  it('withOptions: null, a number, a string or an array is a ConfigError; undefined is no override', () => {
    expectWithOptionsChecked(createClient({ provider: 'event-vault', ...CFG, logLevel: 'off' }));
  });

  it('a list with a wrong-typed filter or options is a ValidationError before any request', async () => {
    const wire = scriptedFetch([json({})]);
    const tk = createClient({ provider: 'event-vault', ...CFG, fetch: wire.fetch, logLevel: 'off' });
    await expect(tk.attendees.list({ eventId: 7 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.ticketTypes.list({ eventId: '' } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list(undefined, { headers: 5 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.events.list({ limit: 'many' } as never)).rejects.toBeInstanceOf(ValidationError);
    expect(wire.seen).toHaveLength(0);
  });
});
