/** Validation of user input before any request: a `ValidationError` naming each bad field, its value and what was expected. */
import { z } from 'zod';
import { ValidationError, type FieldError, type ProviderId } from './errors.js';
import { schemaKeysAt, unknownKeyMessage } from './strict.js';

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

/**
 * Parses user input with a zod schema (strict objects: unknown keys are refused), or throws a `ValidationError`
 * whose `fields` name each bad field, the value given and what was expected; an unknown key gets the closest
 * accepted one (`eventID` → "did you mean eventId?").
 */
export function parseInput<S extends z.ZodType>(provider: ProviderId, what: string, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw inputError(provider, what, schema, input, result.error);
}

/** The `ValidationError` for a failed `safeParse` of user input (see `parseInput`). */
export function inputError(provider: ProviderId, what: string, schema: z.ZodType, input: unknown, error: z.ZodError): ValidationError {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const allowed = schemaKeysAt(schema, issue.path) ?? [];
      for (const key of issue.keys) fields.push({ field: at ? `${at}.${key}` : key, message: unknownKeyMessage(key, allowed) });
      continue;
    }
    const value = valueAt(input, issue.path);
    // zod's type errors already say what they received; the others get the value appended.
    const shown = issue.code === 'invalid_type' || value === undefined ? '' : ` (got ${describeValue(value)})`;
    fields.push({ field: at || '(input)', message: `${issue.message}${shown}` });
  }
  return new ValidationError({
    provider,
    message: `Invalid ${what}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}.`,
    fields,
  });
}

/**
 * A problem with one argument, found where the provider is not known (path encoding, id splitting). The guard that
 * every public method goes through turns it into a `ValidationError` of the client's provider (see `asInputError`).
 */
export class InputProblem extends Error {
  override name = 'InputProblem';
  constructor(
    readonly field: string,
    readonly problem: string,
    readonly value?: unknown,
  ) {
    super(`${field}: ${problem}`);
  }

  toValidationError(provider: ProviderId, method?: string): ValidationError {
    return new ValidationError({
      provider,
      message: `Invalid ${this.field}${method ? ` for ${method}` : ''}: ${this.problem}.`,
      fields: [{ field: this.field, message: this.problem }],
    });
  }
}

/** A `ValidationError` about one field, thrown before any request. */
export function invalidField(provider: ProviderId, field: string, message: string): ValidationError {
  return new ValidationError({ provider, message: `Invalid ${field}: ${message}.`, fields: [{ field, message }] });
}
