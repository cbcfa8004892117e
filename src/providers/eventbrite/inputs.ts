/**
 * Checks of what callers pass to the normalized resources, shared by them: instants, time zones, currencies, html
 * text, and the vendor-only fields in `providerOptions.eventbrite` (docs/vendors/eventbrite.md, What maps to what).
 * Each problem is a `ValidationError` naming the field; nothing is sent.
 */
import type { z } from 'zod';
import { ValidationError } from '../../core/errors.js';
import { inputError, invalidField, ownProviderOptions } from '../../core/input.js';
import { normalizeCurrency } from '../../core/money.js';
import { toUtcInstant } from '../../core/time.js';
import { PROVIDER } from './context.js';

/** Datetimes go on the wire as `YYYY-MM-DDThh:mm:ssZ`, without fractional seconds (docs/vendors/eventbrite.md, What maps to what). */
export function wireInstant(field: string, value: string): string {
  const instant = typeof value === 'string' ? toUtcInstant(value) : null;
  if (instant === null) {
    throw invalidField(PROVIDER, field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  }
  return instant.replace(/\.\d+Z$/, 'Z');
}

export function checkTimezone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw invalidField(PROVIDER, 'timezone', `expected an IANA time zone such as "Europe/Madrid", got ${JSON.stringify(zone)}`);
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function checkCurrency(field: string, code: string): string {
  const currency = normalizeCurrency(code);
  if (currency === null) throw invalidField(PROVIDER, field, `unknown ISO-4217 code ${JSON.stringify(code)}`);
  return currency;
}

/**
 * Validates `providerOptions.eventbrite` (a plain object without prototype keys, see `ownProviderOptions`) against the
 * documented fields: each bad or unknown key is named as `providerOptions.eventbrite.<key>`, with the closest
 * documented field when one is near (`venu_id` → "did you mean venue_id?").
 */
export function vendorOptions<S extends z.ZodType>(schema: S, what: string, options: Record<string, unknown> | undefined): z.output<S> {
  const own = ownProviderOptions(PROVIDER, options);
  const result = schema.safeParse(own);
  if (result.success) return result.data;
  const prefix = 'providerOptions.eventbrite';
  const fields = inputError(PROVIDER, what, schema, own, result.error).fields.map((f) => ({
    field: f.field === '(input)' ? prefix : `${prefix}.${f.field}`,
    message: f.message,
  }));
  throw new ValidationError({
    provider: PROVIDER,
    message: `Invalid ${prefix} of ${what}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}.`,
    fields,
  });
}

/**
 * The caller's own `providerOptions` object (before zod copied it): a `__proto__` key written as JSON is an own key
 * there, and would be lost (or set a prototype) in the parsed copy, so the checks run on the original.
 */
export function rawProviderOptions(input: unknown): Record<string, unknown> | undefined {
  const options = input !== null && typeof input === 'object' ? (input as { providerOptions?: unknown }).providerOptions : undefined;
  return options === undefined ? undefined : (options as Record<string, unknown>);
}
