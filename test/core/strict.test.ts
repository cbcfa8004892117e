import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, ValidationError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/input.js';
import { assertKnownKeys, assertListParams, closestKey, schemaKeysAt, unknownKeyMessage } from '../../src/core/strict.js';
import { EventCreateInputSchema, OrderCreateInputSchema } from '../../src/core/model.js';
import { createClient } from '../../src/index.js';

describe('closestKey', () => {
  it.each([
    ['eventID', 'eventId'],
    ['event_id', 'eventId'],
    ['EVENTID', 'eventId'],
    ['evntId', 'eventId'],
    ['maxRetry', 'maxRetries'],
    ['retries', 'maxRetries'],
    ['timout', 'timeout'],
  ])('%s → %s', (typo, meant) => {
    expect(closestKey(typo, ['eventId', 'status', 'maxRetries', 'timeout', 'limit', 'cursor'])).toBe(meant);
  });

  it('suggests nothing when no key is close', () => {
    expect(closestKey('zzzzzz', ['eventId', 'status'])).toBeNull();
  });
});

describe('unknown keys', () => {
  it('a list param typo is a ValidationError naming the key and the one meant', () => {
    const error = (() => {
      try {
        assertListParams('equaticket', 'orders.list', { eventID: 'x' }, ['eventId', 'status']);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([{ field: 'eventID', message: 'unknown key "eventID" (did you mean "eventId"?)' }]);
    expect((error as Error).message).toContain('orders.list params');
  });

  it('limit and cursor are always accepted; non-objects are refused', () => {
    expect(() => assertListParams('seaty', 'events.list', { limit: 5, cursor: null }, [])).not.toThrow();
    expect(() => assertListParams('seaty', 'events.list', undefined, [])).not.toThrow();
    expect(() => assertListParams('seaty', 'events.list', 'x', [])).toThrow(ValidationError);
    expect(() => assertListParams('seaty', 'events.list', [], [])).toThrow(ValidationError);
  });

  it('prototype keys are never accepted, even when listed', () => {
    const input = JSON.parse('{"__proto__": {"x": 1}}') as object;
    expect(() => assertKnownKeys('seaty', 'x', input, ['__proto__'])).toThrow(/not allowed/);
  });

  it('config kind throws ConfigError', () => {
    expect(() => assertKnownKeys(null, 'seed', { titel: 'x' }, ['title'], 'config')).toThrow(ConfigError);
  });

  it('lists the accepted keys when none is close', () => {
    expect(unknownKeyMessage('zzzzzz', ['a', 'b'])).toBe('unknown key "zzzzzz" (expected one of: a, b)');
  });
});

describe('strict input schemas', () => {
  it('an unknown key of a create input is a ValidationError with the key meant, at any depth', () => {
    const base = { name: 'x', start: '2026-01-01T00:00:00Z', timezone: 'UTC', currency: 'USD' };
    expect(() => parseInput('equaticket', 'event', EventCreateInputSchema, { ...base, titel: 'y' })).toThrow(/titel: unknown key "titel"/);
    const order = { eventId: 'e', buyer: { name: 'a', email: 'a@b.co', emial: 'x' }, lines: [{ ticketTypeId: 't', qty: 1, quantity: 1 }] };
    try {
      parseInput('event-schedule', 'order', OrderCreateInputSchema, order);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(
        expect.arrayContaining([
          { field: 'buyer.emial', message: 'unknown key "emial" (did you mean "email"?)' },
          { field: 'lines.0.qty', message: expect.stringContaining('unknown key "qty"') },
        ]),
      );
    }
  });

  it('providerOptions keys are provider ids', () => {
    const base = { name: 'x', start: '2026-01-01T00:00:00Z', timezone: 'UTC', currency: 'USD' };
    expect(() => parseInput('eventbrite', 'event', EventCreateInputSchema, { ...base, providerOptions: { eventbrit: {} } })).toThrow(
      /did you mean "eventbrite"/,
    );
  });

  it('schemaKeysAt walks optional, array and nested objects', () => {
    const schema = z.object({ a: z.array(z.object({ b: z.object({ c: z.string() }).optional() })) });
    expect(schemaKeysAt(schema, ['a', 0, 'b'])).toEqual(['c']);
    expect(schemaKeysAt(schema, [])).toEqual(['a']);
    expect(schemaKeysAt(schema, ['zz'])).toBeNull();
  });
});

describe('client config and per-call options refuse unknown keys', () => {
  it('a mistyped client option is a ConfigError at creation, naming the option meant', () => {
    expect(() => createClient({ provider: 'seaty', apiKey: 'k', maxRetry: 5 } as never)).toThrow(ConfigError);
    expect(() => createClient({ provider: 'seaty', apiKey: 'k', maxRetry: 5 } as never)).toThrow(/did you mean "maxRetries"/);
    expect(() => createClient({ provider: 'seaty', apiKey: 'k', hooks: { onErorr: () => {} } } as never)).toThrow(/hooks.onErorr/);
    expect(() => createClient({ provider: 'equaticket', apiKey: 'sk_test_x', apikey: 'y' } as never)).toThrow(/did you mean "apiKey"/);
  });

  it('a mistyped per-call option is a ValidationError before anything is sent', async () => {
    let sent = 0;
    const tk = createClient({ provider: 'seaty', apiKey: 'k', fetch: async () => (sent++, new Response('{}')) });
    await expect(tk.events.get('1', { retries: 3 } as never)).rejects.toThrow(/did you mean "maxRetries"/);
    await expect(tk.events.list({}, { timout: 5 } as never)).rejects.toBeInstanceOf(ValidationError);
    expect(sent).toBe(0);
  });
});

describe('ownProviderOptions', () => {
  it('returns this vendor’s entry, {} when absent, and ignores other vendors', async () => {
    const { ownProviderOptions } = await import('../../src/core/input.js');
    expect(ownProviderOptions('seaty', { seaty: { a: 1 }, eventbrite: { b: 2 } })).toEqual({ a: 1 });
    expect(ownProviderOptions('seaty', undefined)).toEqual({});
    expect(ownProviderOptions('seaty', { eventbrite: { b: 2 } })).toEqual({});
  });

  it('refuses prototype keys at any depth and non-objects, naming the field', async () => {
    const { ownProviderOptions } = await import('../../src/core/input.js');
    const hostile = JSON.parse('{"seaty": {"a": {"__proto__": {"polluted": true}}}}') as Record<string, unknown>;
    expect(() => ownProviderOptions('seaty', hostile)).toThrow(/providerOptions.seaty.a.__proto__/);
    expect(() => ownProviderOptions('seaty', { seaty: { constructor: 1 } })).toThrow(ValidationError);
    expect(() => ownProviderOptions('seaty', { seaty: 'x' })).toThrow(/expected an object/);
    expect(() => ownProviderOptions('seaty', { seaty: { f: () => 1 } })).toThrow(/JSON values/);
  });

  it('parses with a strict schema when given one, naming a typo', async () => {
    const { ownProviderOptions } = await import('../../src/core/input.js');
    const schema = z.strictObject({ venue_note: z.string().optional() });
    expect(() => ownProviderOptions('equaticket', { equaticket: { venue_nte: 'x' } }, schema)).toThrow(/did you mean "venue_note"/);
    try {
      ownProviderOptions('equaticket', { equaticket: { venue_nte: 'x' } }, schema);
    } catch (error) {
      expect((error as ValidationError).fields[0]!.field).toBe('providerOptions.equaticket.venue_nte');
    }
    expect(ownProviderOptions('equaticket', { equaticket: { venue_note: 'x' } }, schema)).toEqual({ venue_note: 'x' });
  });
});

describe('providerOptions through the model schema', () => {
  it('a __proto__ key from JSON is refused, not silently dropped (nor turned into a prototype)', () => {
    const input = JSON.parse('{"name":"x","start":"2026-01-01T00:00:00Z","timezone":"UTC","currency":"USD","providerOptions":{"seaty":{"__proto__":{"polluted":true}}}}') as unknown;
    expect(() => parseInput('seaty', 'event', EventCreateInputSchema, input)).toThrow(ValidationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
