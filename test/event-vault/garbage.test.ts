/**
 * No plain Error escapes any Event Vault entry point (the pattern of test/equaticket/adapter.test.ts): garbage arguments
 * (null, numbers, strings, wrong-typed objects, a throwing getter, a BigInt) and garbage vendor answers give a
 * `TicketingError`, as a rejection (never a synchronous throw), and `withOptions(null)` is a `ConfigError`.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, isTicketingError, ValidationError } from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { json, scriptedFetch, type Answer } from '../helpers/wire.js';
import { CFG } from './helpers.js';

const throwing = Object.defineProperty({}, 'eventId', { enumerable: true, get: () => { throw new Error('getter boom'); } });
const garbage: unknown[] = [undefined, null, 42, NaN, 'x', '', true, {}, [], { eventId: 7 }, { eventId: null }, { eventDateId: {} },
  { cursor: 12 }, { limit: 'many' }, { limit: 0 }, { signal: 'nope' }, { headers: 5 }, Symbol('s'), () => 1, Object.create(null), throwing, 10n];
const answers: Answer[] = [json([null, 5, 'x', { email: 7 }]), { reject: 'a string' }];

/** Native reads named `list…` that answer one array (an `APIPromise`), not a paged list: Event Vault's native reads are `get…`. */
const NOT_PAGED = new Set<string>();

/** The native layer's `pipelineFor` is a (TypeScript-private) constructor parameter, not an entry point. */
const INTERNAL = new Set(['pipelineFor']);

/** Every method of an object: its own function properties and those of its prototype chain. */
function methods(target: object): string[] {
  const names = new Set(Object.keys(target));
  for (let p = Object.getPrototypeOf(target) as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const n of Object.getOwnPropertyNames(p)) names.add(n);
  }
  return [...names].filter((n) => n !== 'constructor' && !INTERNAL.has(n) && typeof (target as Record<string, unknown>)[n] === 'function');
}

describe('Event Vault: no plain Error escapes any entry point', () => {
  it('every resource method, every native method, request and toArray: a rejected TicketingError, never a throw', async () => {
    let checked = 0;
    const problems: string[] = [];
    for (const answer of answers) {
      const wire = scriptedFetch([answer]);
      const tk = createClient({ provider: 'event-vault', ...CFG, fetch: wire.fetch, maxRetries: 0, logLevel: 'off' }) as unknown as Record<string, Record<string, unknown>>;
      const targets: Array<[string, Record<string, unknown>, string]> = [];
      for (const resource of ['events', 'eventDates', 'ticketTypes', 'orders', 'attendees', 'tickets', 'native']) {
        for (const m of methods(tk[resource]!)) targets.push([`${resource}.${m}`, tk[resource]!, m]);
      }
      for (const m of ['request', 'guestCount', 'ensureAttendee', 'ensureAttendeeDeleted', 'ensureGuest', 'ensureRemoved']) targets.push([m, tk as never, m]);
      for (const [name, target, m] of targets) {
        for (const v of garbage) {
          for (const args of [[v], [v, v, v], ['1', v], ['1', '1', v]]) {
            let result: unknown;
            try {
              result = (target[m] as (...a: unknown[]) => unknown).apply(target, args);
            } catch (error) {
              problems.push(`${name} threw synchronously: ${String(error)}`);
              continue;
            }
            const paged = /^(list|search)/.test(m) && !NOT_PAGED.has(m);
            if (paged !== (typeof (result as { toArray?: unknown }).toArray === 'function')) problems.push(`${name}: wrong kind of promise`);
            try {
              await result;
            } catch (error) {
              if (!isTicketingError(error)) problems.push(`${name}: plain ${String(error)}`);
              else checked++;
            }
          }
        }
      }
      for (const v of garbage) {
        await (tk.attendees!.list as (p: unknown) => { toArray(o: unknown): Promise<unknown> })({}).toArray(v).catch((error: unknown) => {
          if (!isTicketingError(error)) problems.push(`toArray: plain ${String(error)}`);
          else checked++;
        });
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('withOptions: null, a number, a string or an array is a ConfigError; undefined is no override', () => {
    const tk = createClient({ provider: 'event-vault', ...CFG, logLevel: 'off' });
    for (const bad of [null, 42, 'x', [], throwing]) {
      expect(() => tk.withOptions(bad as never), JSON.stringify(String(bad))).toThrow(ConfigError);
    }
    expect(tk.withOptions(undefined as never).provider).toBe('event-vault');
    expect(() => tk.withOptions({ timeout: -1 })).toThrow(ConfigError);
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
