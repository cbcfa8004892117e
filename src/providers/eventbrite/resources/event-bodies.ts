/**
 * The request bodies of event writes (create, update, copy), built from the normalized inputs and the vendor-only
 * fields in `providerOptions.eventbrite` (docs/vendors/eventbrite.md, What maps to what). A bad field is a
 * `ValidationError` naming it; nothing is sent.
 */
import { z } from 'zod';
import { invalidField, parseInput } from '../../../core/input.js';
import { EventCreateInputSchema, type EventCreateInput, type EventUpdateInputSchema } from '../../../core/model.js';
import { PROVIDER } from '../context.js';
import { checkCurrency, checkTimezone, escapeHtml, rawProviderOptions, vendorOptions, wireInstant } from '../inputs.js';
import type { EbEvent, EbEventCopyBody, EbEventWrite } from '../schemas.js';

/** What `copyEvent` takes. */
export interface EventCopyInput {
  /** The copy's name (default: the original's). */
  name?: string;
  /** The copy's start, an ISO-8601 instant (now to 10 years ahead). */
  start?: string;
  /** The copy's end, an ISO-8601 instant (1 minute to 365 days after the start). */
  end?: string;
  /** The copy's IANA timezone. */
  timezone?: string;
  /** The copy's plain-text summary, at most 140 characters. */
  summary?: string;
}

const CopyInputSchema = z.strictObject({
  name: z.string().min(1).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  timezone: z.string().optional(),
  summary: z.string().max(140).optional(),
});

/** Vendor-only event fields (`providerOptions.eventbrite`), as documented for create/update. */
const EventOptionsSchema = z.strictObject({
  summary: z.string().max(140).optional(),
  organizer_id: z.string().optional(),
  hide_start_date: z.boolean().optional(),
  hide_end_date: z.boolean().optional(),
  venue_id: z.string().optional(),
  online_event: z.boolean().optional(),
  listed: z.boolean().optional(),
  logo_id: z.string().optional(),
  category_id: z.string().optional(),
  subcategory_id: z.string().optional(),
  format_id: z.string().optional(),
  shareable: z.boolean().optional(),
  invite_only: z.boolean().optional(),
  password: z.string().optional(),
  capacity: z.number().int().nonnegative().optional(),
  show_remaining: z.boolean().optional(),
  is_reserved_seating: z.boolean().optional(),
  show_pick_a_seat: z.boolean().optional(),
  show_seatmap_thumbnail: z.boolean().optional(),
  show_colors_in_seatmap_thumbnail: z.boolean().optional(),
  source: z.string().optional(),
  is_series: z.boolean().optional(),
  locale: z.string().optional(),
});

export type EventPatch = z.output<typeof EventUpdateInputSchema>;

/** The flat body of `POST /events/{id}/copy/`. */
export function eventCopyBody(input: EventCopyInput): EbEventCopyBody {
  const parsed = parseInput(PROVIDER, 'event copy', CopyInputSchema, input);
  const body: EbEventCopyBody = {};
  if (parsed.name !== undefined) body.name = parsed.name;
  if (parsed.start !== undefined) body.start_date = wireInstant('start', parsed.start);
  if (parsed.end !== undefined) body.end_date = wireInstant('end', parsed.end);
  if (parsed.timezone !== undefined) body.timezone = checkTimezone(parsed.timezone);
  if (parsed.summary !== undefined) body.summary = parsed.summary;
  return body;
}

export function eventCreateBody(input: EventCreateInput): EbEventWrite {
  const parsed = parseInput(PROVIDER, 'event', EventCreateInputSchema, input);
  if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Eventbrite events have no slug (the URL is assigned by Eventbrite)');
  if (parsed.end === undefined || parsed.end === null) {
    throw invalidField(PROVIDER, 'end', 'Eventbrite needs an end time to create an event');
  }
  const timezone = checkTimezone(parsed.timezone);
  const start = wireInstant('start', parsed.start);
  const end = wireInstant('end', parsed.end);
  if (Date.parse(end) <= Date.parse(start)) throw invalidField(PROVIDER, 'end', 'must be after start');
  const extra = vendorOptions(EventOptionsSchema, 'an event', rawProviderOptions(input));
  return {
    name: { html: escapeHtml(parsed.name) },
    ...(parsed.description != null ? { description: { html: escapeHtml(parsed.description) } } : {}),
    start: { timezone, utc: start },
    end: { timezone, utc: end },
    currency: checkCurrency('currency', parsed.currency),
    ...extra,
  };
}

/** An update's body without its times (see `withTimes`); every field of the patch checked. */
export function eventPatchBody(parsed: EventPatch, providerOptions: Record<string, unknown> | undefined): EbEventWrite {
  if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Eventbrite events have no slug');
  const body: EbEventWrite = { ...vendorOptions(EventOptionsSchema, 'an event patch', providerOptions) };
  if (parsed.name !== undefined) body.name = { html: escapeHtml(parsed.name) };
  if (parsed.description !== undefined) body.description = { html: parsed.description === null ? '' : escapeHtml(parsed.description) };
  if (parsed.currency !== undefined) body.currency = checkCurrency('currency', parsed.currency);
  if (parsed.timezone !== undefined) checkTimezone(parsed.timezone);
  if (parsed.start !== undefined) wireInstant('start', parsed.start);
  if (parsed.end !== undefined && parsed.end !== null) wireInstant('end', parsed.end);
  if (parsed.end === null) throw invalidField(PROVIDER, 'end', 'an Eventbrite event always has an end time');
  return body;
}

/** Whether an update sends `start`/`end` (which go on the wire with their timezone: the event is read first). */
export function patchesTimes(patch: EventPatch): boolean {
  return patch.start !== undefined || patch.end !== undefined || patch.timezone !== undefined;
}

/** Adds `start` and `end` (each with the timezone, which must be the same for both) to an update body. */
export function withTimes(body: EbEventWrite, patch: EventPatch, current: EbEvent): EbEventWrite {
  const timezone = patch.timezone ?? current.start?.timezone ?? current.end?.timezone ?? null;
  if (timezone === null) throw invalidField(PROVIDER, 'timezone', 'the event has no timezone on record; pass one');
  const start = patch.start !== undefined ? wireInstant('start', patch.start) : (current.start?.utc ?? null);
  const end = patch.end != null ? wireInstant('end', patch.end) : (current.end?.utc ?? null);
  if (start !== null && end !== null && Date.parse(end) <= Date.parse(start)) throw invalidField(PROVIDER, 'end', 'must be after start');
  return {
    ...body,
    ...(start !== null ? { start: { timezone, utc: start } } : {}),
    ...(end !== null ? { end: { timezone, utc: end } } : {}),
  };
}
