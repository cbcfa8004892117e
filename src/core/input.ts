/** Validation of user input before any request: a `ValidationError` naming each bad field. */
import { z } from 'zod';
import { ValidationError, type ProviderId } from './errors.js';

export function parseInput<S extends z.ZodType>(provider: ProviderId, what: string, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
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
