/**
 * Event Vault's attendees are its guests, keyed by email within an event (docs/vendors/event-vault.md, "What maps to
 * what"). The list is one whole-array read, sliced client-side; each page's guests are validated and normalized when
 * the page is read.
 */
import { mapResult } from '../../../core/compose.js';
import { NotFoundError, unsupported } from '../../../core/errors.js';
import { notSupported, rejectedList } from '../../../core/guard.js';
import { AttendeeCreateInputSchema, type Attendee, type AttendeeCreateInput, type AttendeeListParams } from '../../../core/model.js';
import { parseInput } from '../../../core/input.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import type { AttendeesResource, Unsupported } from '../../../client.js';
import { callOptions, eventOf, EV_PROVIDER, type EventVaultContext } from '../context.js';
import { EV_READS, EV_WRITES } from '../endpoints.js';
import { emailOf, parseAttendeeId } from '../ids.js';
import { itemParser, pageReader, slicedList } from '../listing.js';
import { eventScope, normalizeGuest } from '../normalize.js';
import { EvGuestSchema, type EvGuest } from '../schemas.js';
import { removeGuest } from './removals.js';

/** The filters `attendees.list` honours (and `capabilities.attendees.filters` declares). */
export const EV_ATTENDEE_FILTERS = ['eventId'] as const;

const parseGuest = itemParser(EvGuestSchema);

/** Event Vault's attendees (guests). */
export interface EventVaultAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Event Vault: check-in happens in its apps; the API neither sets nor returns it. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/** The `addGuest` body of a normalized attendee input. */
export type AddGuestFields = { userEmail: string; name?: string; role?: string; company?: string; phone?: string; url?: string; country?: string };

/** The event and `addGuest` body of an attendee input (checked: strict keys, a valid email and event). */
export function guestBody(ctx: EventVaultContext, input: AttendeeCreateInput): { eventId: string; body: AddGuestFields } {
  const parsed = parseInput(EV_PROVIDER, 'attendee', AttendeeCreateInputSchema, input);
  const eventId = eventOf(ctx, parsed.eventId);
  const body: AddGuestFields = { userEmail: emailOf(parsed.email) };
  if (parsed.name !== undefined) body.name = parsed.name;
  if (parsed.jobTitle !== undefined) body.role = parsed.jobTitle;
  if (parsed.company !== undefined) body.company = parsed.company;
  if (parsed.phone !== undefined) body.phone = parsed.phone;
  if (parsed.url !== undefined) body.url = parsed.url;
  if (parsed.country !== undefined) body.country = parsed.country;
  return { eventId, body };
}

/** The attendee a successful `addGuest` created, as `getGuests` will list it (the reply is plain text). */
export function createdGuest(ctx: EventVaultContext, eventId: string, body: AddGuestFields, reply: string | null, options: RequestOptions | undefined): Attendee {
  const guest: EvGuest = {
    email: body.userEmail,
    country: body.country ?? null,
    vCardData: { FN: body.name, ROLE: body.role, ORG: body.company, TEL: body.phone, URL: body.url },
  };
  const attendee = normalizeGuest(guest, eventScope(eventId), { ...ctx.normalizeContext(options), raw: false });
  return options?.raw ? { ...attendee, raw: reply } : attendee;
}

/** The guest with `email` in a guest list, or a `NotFoundError`. */
function guestIn(guests: readonly EvGuest[], eventId: string, email: string): EvGuest {
  const guest = guests.find((g) => g.email === email);
  if (guest) return guest;
  throw new NotFoundError({ provider: EV_PROVIDER, vendorCode: 'guest_not_found', message: `No guest with that email is registered for event ${eventId}.` });
}

export function attendeesResource(ctx: EventVaultContext): EventVaultAttendeesResource {
  return {
    list: (params: AttendeeListParams = {}, options) => {
      // Filters of the normalized model that Event Vault cannot honour: refused as unsupported, not as typos.
      if (params?.checkedIn !== undefined) {
        return rejectedList(EV_PROVIDER, 'attendees', unsupported(EV_PROVIDER, 'attendees.list({ checkedIn })', 'the API returns no check-in state'));
      }
      if (params?.updatedSince !== undefined) {
        return rejectedList(EV_PROVIDER, 'attendees', unsupported(EV_PROVIDER, 'attendees.list({ updatedSince })', 'the API returns no timestamps'));
      }
      assertListParams(EV_PROVIDER, 'attendees.list', params, EV_ATTENDEE_FILTERS);
      const eventId = eventOf(ctx, params?.eventId);
      const scope = eventScope(eventId);
      return slicedList<unknown, Attendee>({
        ctx,
        resource: 'attendees',
        filters: { eventId },
        params: params ?? {},
        options,
        source: 'GET /getGuests',
        load: (opts) => ctx.api.readArray(EV_READS.getGuests, eventId, undefined, opts),
        page: pageReader(parseGuest, normalizeGuest, scope),
      });
    },
    get: (id, options) => {
      const { eventId, email } = parseAttendeeId(id);
      const opts = callOptions(options);
      const guests = ctx.api.read(EV_READS.getGuests, eventId, undefined, opts);
      return mapResult(EV_PROVIDER, 'read', guests, (list) => normalizeGuest(guestIn(list, eventId, email), eventScope(eventId), ctx.normalizeContext(opts)));
    },
    create: (input: AttendeeCreateInput, options) => {
      const opts = callOptions(options);
      const { eventId, body } = guestBody(ctx, input);
      // addGuest has no idempotency key: not retried after a 5xx or a lost answer (use ensureAttendee for that).
      const added = ctx.api.write(EV_WRITES.addGuest, body, eventId, opts);
      return mapResult(EV_PROVIDER, 'write', added, (reply) => createdGuest(ctx, eventId, body, reply, opts));
    },
    delete: (id, options) => removeGuest(ctx, id, options),
    checkIn: notSupported(EV_PROVIDER, 'attendees.checkIn', 'check-in happens in the Event Vault apps; the API neither sets nor returns it'),
  };
}
