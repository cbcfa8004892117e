/**
 * The "no plain Error escapes any entry point" harness shared by the vendor test suites: garbage arguments (null,
 * numbers, strings, wrong-typed objects, a throwing getter, a BigInt) and garbage vendor answers must give a
 * `TicketingError`, as a rejection of the right kind of promise (never a synchronous throw).
 */
import { expect } from 'vitest';
import { ConfigError, isTicketingError } from '../../src/core/errors.js';
import type { TicketingClient } from '../../src/client.js';
import { scriptedFetch, type Answer } from './wire.js';

/** An object whose `eventId` getter throws. */
export const throwing = Object.defineProperty({}, 'eventId', {
  enumerable: true,
  get: () => {
    throw new Error('getter boom');
  },
});

export const garbage: unknown[] = [undefined, null, 42, NaN, 'x', '', true, {}, [], { eventId: 7 }, { eventId: null }, { eventDateId: {} },
  { cursor: 12 }, { limit: 'many' }, { limit: 0 }, { signal: 'nope' }, { headers: 5 }, Symbol('s'), () => 1, Object.create(null), throwing, 10n];

/** Every method of an object: its own function properties and those of its prototype chain. */
export function methods(target: object, internal: ReadonlySet<string> = new Set()): string[] {
  const names = new Set(Object.keys(target));
  for (let p = Object.getPrototypeOf(target) as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const n of Object.getOwnPropertyNames(p)) names.add(n);
  }
  return [...names].filter((n) => n !== 'constructor' && !internal.has(n) && typeof (target as Record<string, unknown>)[n] === 'function');
}

export interface GarbageSpec {
  /** Builds the client over a scripted fetch. */
  client(fetch: typeof globalThis.fetch): TicketingClient;
  /** Garbage vendor answers (a rejection is added). */
  answers: Answer[];
  /** The resources whose every method is fed garbage (`native` included). */
  resources: string[];
  /** Client-level methods fed garbage besides `request`. */
  clientMethods?: string[];
  /** Methods named `list…` that answer one array (an `APIPromise`), not a paged list. */
  notPaged?: ReadonlySet<string>;
  /** Method names that are not entry points (e.g. a private constructor parameter). */
  internal?: ReadonlySet<string>;
  /** A paged list to feed garbage `toArray` options to. */
  list(client: TicketingClient): { toArray(options: never): Promise<unknown> };
}

/** The argument lists every entry point is called with, for each garbage value. */
function argumentLists(v: unknown): unknown[][] {
  return [[v], [v, v, v], ['1', v], ['1', '1', v]];
}

/**
 * Feeds garbage to every entry point and asserts that every failure is a rejected `TicketingError`.
 *
 * The first answer meets every entry point with every garbage argument list. Most of those calls are refused before
 * anything is sent, and a call that sends nothing behaves the same whatever the vendor would answer; so each further
 * answer (and the final rejecting fetch) replays only the calls that sent a request under the first one. That keeps
 * the coverage and roughly halves the work, which keeps the suites well inside the default timeout on a busy machine.
 */
export async function expectNoPlainErrors(spec: GarbageSpec): Promise<void> {
  let checked = 0;
  const problems: string[] = [];
  /** Indexes (into the calls of one pass, in order) of the calls that sent a request under the first answer. */
  let sent: Set<number> | null = null;
  for (const answer of [...spec.answers, { reject: 'a string' } as Answer]) {
    const wire = scriptedFetch([answer]);
    const client = spec.client(wire.fetch);
    const tk = client as unknown as Record<string, Record<string, unknown>>;
    const targets: Array<[string, Record<string, unknown>, string]> = [];
    for (const resource of spec.resources) {
      for (const m of methods(tk[resource]!, spec.internal)) targets.push([`${resource}.${m}`, tk[resource]!, m]);
    }
    for (const m of ['request', ...(spec.clientMethods ?? [])]) targets.push([m, tk as never, m]);
    const sentNow = new Set<number>();
    let index = -1;
    for (const [name, target, m] of targets) {
      for (const v of garbage) {
        for (const args of argumentLists(v)) {
          index++;
          if (sent !== null && !sent.has(index)) continue;
          const before = wire.seen.length;
          let result: unknown;
          try {
            result = (target[m] as (...a: unknown[]) => unknown).apply(target, args);
          } catch (error) {
            problems.push(`${name} threw synchronously: ${String(error)}`);
            continue;
          }
          const paged = /^(list|search)/.test(m) && !(spec.notPaged?.has(m) ?? false);
          if (paged !== (typeof (result as { toArray?: unknown }).toArray === 'function')) problems.push(`${name}: wrong kind of promise`);
          try {
            await result;
          } catch (error) {
            if (!isTicketingError(error)) problems.push(`${name}: plain ${String(error)}`);
            else checked++;
          }
          if (wire.seen.length > before) sentNow.add(index);
        }
      }
    }
    sent ??= sentNow;
    for (const v of garbage) {
      await spec
        .list(client)
        .toArray(v as never)
        .catch((error: unknown) => {
          if (!isTicketingError(error)) problems.push(`toArray: plain ${String(error)}`);
          else checked++;
        });
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
  // The replay must have had something to replay: some garbage is accepted and sent (e.g. `undefined` options).
  expect(sent?.size ?? 0).toBeGreaterThan(0);
}

/** `withOptions`: null, a number, a string, an array or a throwing getter is a `ConfigError`; `undefined` overrides nothing. */
export function expectWithOptionsChecked(client: TicketingClient): void {
  for (const bad of [null, 42, 'x', [], throwing]) {
    expect(() => client.withOptions(bad as never), JSON.stringify(String(bad))).toThrow(ConfigError);
  }
  expect(client.withOptions(undefined as never).provider).toBe(client.provider);
  expect(() => client.withOptions({ timeout: -1 })).toThrow(ConfigError);
}
