/** Validation of user input before any request: a `ValidationError` naming each bad field, its value and what was expected. */
import { z } from 'zod';
import { ValidationError, type ProviderId } from './errors.js';

/** A short, safe rendering of a value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function parseInput<S extends z.ZodType>(provider: ProviderId, what: string, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => {
    const value = valueAt(input, issue.path);
    // zod's type errors already say what they received; the others get the value appended.
    const shown = issue.code === 'invalid_type' || value === undefined ? '' : ` (got ${describeValue(value)})`;
    return { field: issue.path.map(String).join('.') || '(input)', message: `${issue.message}${shown}` };
  });
  throw new ValidationError({
    provider,
    message: `Invalid ${what}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}.`,
    fields,
  });
}

/** A `ValidationError` about one field, thrown before any request. */
export function invalidField(provider: ProviderId, field: string, message: string): ValidationError {
  return new ValidationError({ provider, message: `Invalid ${field}: ${message}.`, fields: [{ field, message }] });
}
