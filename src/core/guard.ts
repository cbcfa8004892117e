/**
 * The one guard: every public method of a client (normalized resources, vendor extras, the native layer) goes
 * through `guardMethod`, the single place where anything thrown by argument handling or result mapping becomes a
 * typed rejection. A method never throws synchronously and never rejects with a plain `Error`:
 * - a `TicketingError` passes as it is (a write's `outcomeUnknown` left `null` becomes `false`: no request of the
 *   write can have been sent, or the pipeline would have said otherwise);
 * - an `InputProblem` (a bad id, found where the provider is not known) becomes a `ValidationError` naming the field;
 * - anything else thrown by argument handling becomes a `ValidationError` naming the method.
 * A list method returns a `PagePromise` that rejects when awaited or iterated (nothing is sent).
 *
 * Result mapping after a response is not this guard's business: `APIPromise._thenUnwrap` (and `mapResult`) turn a
 * mapping failure into an `InvalidResponseError` with the call's attempts and outcome.
 */
import { APIPromise } from './api-promise.js';
import { ValidationError, isTicketingError, unsupported, type ProviderId, type TicketingError } from './errors.js';
import { InputProblem } from './input.js';
import { PagePromise } from './pagination.js';

/** How a method behaves: `list` returns a `PagePromise`; `write` may change vendor state; `read` does not. */
export type MethodKind = 'read' | 'write' | 'list';

/** The kind a method's name says: `list…`/`search…` list, `get…`/`count…`/`guestCount` read, anything else writes. */
export function kindOf(method: string): MethodKind {
  if (/^(list|search)/.test(method)) return 'list';
  if (/^(get|fetch|count|find|read|guestCount|organizationId)/.test(method)) return 'read';
  return 'write';
}

/** Turns anything a method threw into the `TicketingError` its caller receives (see the module comment). */
export function typedError(provider: ProviderId, method: string, kind: MethodKind, error: unknown): TicketingError {
  let typed: TicketingError;
  if (isTicketingError(error)) typed = error;
  else if (error instanceof InputProblem) typed = error.toValidationError(provider, method);
  else {
    typed = new ValidationError({
      provider,
      message: `Invalid arguments to ${method}: ${error instanceof Error ? error.message : String(error)}.`,
      cause: error,
    });
  }
  return kind === 'write' && typed.outcomeUnknown === null ? typed.copyWith({ outcomeUnknown: false }) : typed;
}

/** A rejected `APIPromise` (nothing is sent). */
export function rejected<T = never>(error: unknown): APIPromise<T> {
  return new APIPromise<T>(() => Promise.reject(error));
}

/** A `PagePromise` that rejects with `error` when awaited or iterated (nothing is sent). */
export function rejectedList<T = never>(provider: ProviderId, resource: string, error: unknown): PagePromise<T> {
  return new PagePromise<T>({ provider, resource, filters: {}, fetchPage: () => Promise.reject(error) });
}

/** Wraps one method in the guard. `fn` may return an `APIPromise`, a `PagePromise`, a `Promise` or a value. */
export function guardMethod<F extends (...args: never[]) => unknown>(provider: ProviderId, method: string, kind: MethodKind, fn: F): F {
  const resource = method.split('.')[0] ?? method;
  return ((...args: Parameters<F>) => {
    const fail = (error: unknown) => typedError(provider, method, kind, error);
    try {
      const result = fn(...args);
      if (result instanceof PagePromise) return result;
      if (result instanceof APIPromise) return APIPromise.from(result.withResponse().catch((e: unknown) => Promise.reject(fail(e))));
      if (result instanceof Promise) return result.catch((e: unknown) => Promise.reject(fail(e)));
      return result;
    } catch (error) {
      return kind === 'list' ? rejectedList(provider, resource, fail(error)) : rejected(fail(error));
    }
  }) as F;
}

/**
 * Guards every method of `target`: its own function properties (a resource object) and those of its prototype chain
 * (a class instance such as a native layer, whose fields and `instanceof` are kept: the result inherits from it and
 * its methods run with `this` bound to it). `kinds` overrides what a method's name says (`kindOf`).
 */
export function guardObject<T extends object>(provider: ProviderId, name: string, target: T, kinds: Partial<Record<string, MethodKind>> = {}): T {
  const guarded = Object.create(target) as Record<string, unknown>;
  const seen = new Set<string>(['constructor']);
  for (let source: object | null = target; source && source !== Object.prototype; source = Object.getPrototypeOf(source) as object | null) {
    for (const key of Object.getOwnPropertyNames(source)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const value = Object.getOwnPropertyDescriptor(source, key)?.value as unknown;
      if (typeof value !== 'function') continue;
      const method = value as (...args: unknown[]) => unknown;
      guarded[key] = guardMethod(provider, `${name}.${key}`, kinds[key] ?? kindOf(key), (...args: unknown[]) => method.apply(target, args));
    }
  }
  return guarded as T;
}

/**
 * A method the vendor cannot do: it rejects with `UnsupportedCapabilityError` (nothing is sent). `capability` is the
 * method's name (`'orders.refund'`), `reason` what to do instead.
 */
export function notSupported(provider: ProviderId, capability: string, reason: string): (...args: unknown[]) => APIPromise<never> {
  return () => rejected(unsupported(provider, capability, reason));
}

/** Like `notSupported`, for a list method (a `PagePromise` that rejects when awaited or iterated). */
export function notSupportedList(provider: ProviderId, capability: string, reason: string): (...args: unknown[]) => PagePromise<never> {
  const resource = capability.split('.')[0] ?? capability;
  return () => rejectedList(provider, resource, unsupported(provider, capability, reason));
}
