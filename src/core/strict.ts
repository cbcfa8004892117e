/**
 * Unknown keys are refused, never ignored: a typo such as `orders.list({ eventID })` would otherwise widen a query
 * to the whole organization, and a mistyped option or fault would silently do nothing. Each check runs once per
 * call, outside the page loop.
 */
import { z } from 'zod';
import { ConfigError, ValidationError, type FieldError, type ProviderId } from './errors.js';

/** Keys that must never be forwarded from user input into a request body or an object we build. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Edit distance between two short strings (keys), for "did you mean …?". */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The allowed key a mistyped one most likely meant: an exact match ignoring case, `_`, `-` (so `event_id`, `EVENTID`
 * and `eventID` all mean `eventId`), else the nearest key within a third of its length (at least 2 edits), else one
 * that starts with it or that it starts with (`maxRetry` → `maxRetries`). `null` when nothing is close.
 */
export function closestKey(key: string, allowed: Iterable<string>): string | null {
  const squash = (text: string) => text.toLowerCase().replace(/[_-]/g, '');
  const wanted = squash(key);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const other = squash(candidate);
    if (other === wanted) return candidate;
    const distance = editDistance(wanted, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3))) return best;
  for (const candidate of allowed) {
    const other = squash(candidate);
    // `maxRetry` → `maxRetries` (a long shared start), `retries` → `maxRetries` (contained).
    const shared = commonPrefixLength(wanted, other);
    if (shared >= 4 && shared >= 0.6 * wanted.length) return candidate;
    if (wanted.length >= 4 && (other.includes(wanted) || wanted.includes(other))) return candidate;
  }
  return null;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One problem per key of `input` that is not in `allowed`, each naming the key and the closest allowed one. */
export function unknownKeyProblems(input: object, allowed: ReadonlySet<string> | readonly string[], prefix = ''): FieldError[] {
  const known = allowed instanceof Set ? allowed : new Set(allowed as readonly string[]);
  const problems: FieldError[] = [];
  for (const key of Object.keys(input)) {
    if (known.has(key) && !FORBIDDEN_KEYS.has(key)) continue;
    problems.push({ field: prefix + key, message: unknownKeyMessage(key, known) });
  }
  return problems;
}

/** `unknown key "eventID" (did you mean "eventId"?)`, or the list of accepted keys when none is close. */
export function unknownKeyMessage(key: string, allowed: Iterable<string>): string {
  const list = [...allowed].filter((k) => !FORBIDDEN_KEYS.has(k));
  if (FORBIDDEN_KEYS.has(key)) return `the key ${JSON.stringify(key)} is not allowed`;
  const guess = closestKey(key, list);
  if (guess !== null) return `unknown key ${JSON.stringify(key)} (did you mean ${JSON.stringify(guess)}?)`;
  return list.length === 0
    ? `unknown key ${JSON.stringify(key)} (no keys are accepted here)`
    : `unknown key ${JSON.stringify(key)} (expected one of: ${list.join(', ')})`;
}

function describeProblems(problems: FieldError[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join('; ');
}

/**
 * Throws a `ValidationError` (`kind: 'input'`) or a `ConfigError` (`kind: 'config'`) when `input` has a key outside
 * `allowed`. `what` names the object in the message (`'orders.list params'`, `'client config'`).
 */
export function assertKnownKeys(
  provider: ProviderId | null,
  what: string,
  input: unknown,
  allowed: ReadonlySet<string> | readonly string[],
  kind: 'input' | 'config' = 'input',
): void {
  if (input === null || typeof input !== 'object') return;
  const problems = unknownKeyProblems(input, allowed);
  if (problems.length === 0) return;
  const message = `Invalid ${what}: ${describeProblems(problems)}.`;
  if (kind === 'config') throw new ConfigError({ provider, message });
  throw new ValidationError({ provider, message, fields: problems });
}

/**
 * The list params a method accepts: `limit`, `cursor`, plus `filters`. Anything else (a typo such as `eventID`, or a
 * filter of another vendor) is a `ValidationError` naming the key, so a misspelt filter never widens a listing.
 */
export function assertListParams(provider: ProviderId, method: string, params: unknown, filters: readonly string[]): void {
  if (params === undefined || params === null) return;
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw new ValidationError({
      provider,
      message: `Invalid ${method} params: expected an object such as { ${['limit', ...filters].join(', ')} }, got ${Array.isArray(params) ? 'an array' : typeof params}.`,
      fields: [{ field: 'params', message: 'expected an object' }],
    });
  }
  assertKnownKeys(provider, `${method} params`, params, ['limit', 'cursor', ...filters]);
}

/** The keys a zod object schema (through optional, nullable, default, array and pipe wrappers) declares at `path`. */
export function schemaKeysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] | null {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return null;
    const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') current = unwrap((def.shape as Record<string, z.ZodType>)[String(key)]);
    else if (def.type === 'array') current = unwrap(def.element as z.ZodType);
    else if (def.type === 'record') current = unwrap(def.valueType as z.ZodType);
    else return null;
  }
  if (!current) return null;
  const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  return def.type === 'object' ? Object.keys(def.shape as Record<string, unknown>) : null;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly' || def.type === 'nonoptional') {
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      // A check in front of a parse (`z.unknown().superRefine(...).pipe(shape)`): the shape is the output side.
      const input = def.in as z.ZodType;
      current = (input as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'unknown' ? (def.out as z.ZodType) : input;
    } else if (def.type === 'lazy') {
      current = (def.getter as () => z.ZodType)();
    } else {
      return current;
    }
  }
  return current;
}

/** The path of the first prototype key (`__proto__`, `constructor`, `prototype`) in a value, or `null`. */
export function forbiddenKeyPath(value: unknown, depth = 0): string | null {
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const inner = forbiddenKeyPath((value as Record<string, unknown>)[key], depth + 1);
    if (inner !== null) return `${key}.${inner}`;
  }
  return null;
}
