/** Validation of user input before any request: a `ValidationError` naming each bad field, its value and what was expected. */
import { z } from 'zod';
import { ValidationError, type FieldError, type ProviderId } from './errors.js';
import { forbiddenKeyPath, schemaKeysAt, unknownKeyMessage } from './strict.js';

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
export function parseInput<S extends z.ZodType>(provider: ProviderId, what: string, schema: S, input: unknown, fieldPrefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw inputError(provider, what, schema, input, result.error, fieldPrefix);
}

/** The `ValidationError` for a failed `safeParse` of user input (see `parseInput`). */
export function inputError(provider: ProviderId, what: string, schema: z.ZodType, input: unknown, error: z.ZodError, fieldPrefix = ''): ValidationError {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const at = [fieldPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
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
 * every public method goes through turns it into a `ValidationError` of the client's provider (see `typedError` in src/core/guard.ts).
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

/**
 * This vendor's entry of a write's `providerOptions` (`{}` when absent), checked to be a plain object of JSON values
 * with no `__proto__`/`constructor`/`prototype` key at any depth (such a key would reach the request body or the
 * objects built from it). With `schema`, the entry is parsed by it (make it strict, so a typo is named).
 */
export function ownProviderOptions<S extends z.ZodType = z.ZodType<Record<string, unknown>>>(
  provider: ProviderId,
  providerOptions: Partial<Record<ProviderId, unknown>> | undefined,
  schema?: S,
): z.output<S> {
  const field = `providerOptions.${provider}`;
  const own = providerOptions?.[provider];
  if (own === undefined) return (schema ? parseInput(provider, field, schema, {}, field) : {}) as z.output<S>;
  if (own === null || typeof own !== 'object' || Array.isArray(own)) {
    throw invalidField(provider, field, `expected an object of ${provider} fields, got ${describeValue(own)}`);
  }
  const forbidden = forbiddenKeyPath(own);
  if (forbidden !== null) throw invalidField(provider, `${field}.${forbidden}`, 'this key is not allowed');
  if (schema) return parseInput(provider, field, schema, own, field);
  const json = z.record(z.string(), z.json()).safeParse(own);
  if (!json.success) throw invalidField(provider, field, `expected an object of JSON values (extra ${provider} wire fields)`);
  return json.data as z.output<S>;
}

