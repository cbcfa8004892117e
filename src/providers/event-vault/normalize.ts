/**
 * Event Vault wire objects → the normalized model (docs/vendors/event-vault.md, "What maps to what").
 * Event Vault has no event read, no money, no orders, no dates and no timestamps: those fields are `null`.
 *
 * These run once per item of a listing (100 000 guests in one array), so the common path allocates only the entity
 * and its ids: no regex, no closure, no copy. The event's part of every id is encoded once per call (`EventScope`).
 */
import type { Attendee, Event, TicketType } from '../../core/model.js';
import { withRaw, type NormalizeContext } from '../../core/normalize.js';
import { eventVaultIds } from './ids.js';
import type { EvGuest, EvTicket } from './schemas.js';

const PROVIDER = 'event-vault' as const;

export { eventVaultIds };

/** A guest's ticket (an access ticket: no price, no id, no check-in state in the API). */
export interface EventVaultTicket {
  /** `(event, email, type)`: a guest holds at most one ticket per type. */
  id: string;
  /** Always `'event-vault'`. */
  provider: 'event-vault';
  /** The normalized id of the event. */
  eventId: string;
  /** The normalized id of the guest (an `Attendee`). */
  attendeeId: string;
  /** The normalized id of the ticket type. */
  ticketTypeId: string;
  /** The vendor's ticket type (`TIER`), e.g. `ENTRY`, `VIP`. */
  ticketType: string;
  /** The guest's email (Event Vault keys guests by email). */
  email: string;
  /** The session it admits to, or `null` for general admission (the vendor's `""`). */
  sessionId: string | null;
  /** The vendor payload, present only when the call asked for `{ raw: true }`. */
  raw?: unknown;
}

/** Guest metrics of an event (`getGuestCount`). */
export interface EventVaultGuestCount {
  /** The normalized id of the event counted. */
  eventId: string;
  /** How many guests the event has. */
  guestCount: number;
  /** Not explained by the vendor; passed through as given. */
  maxAssignedUsers: number | null;
  /** The vendor payload, present only when the call asked for `{ raw: true }`. */
  raw?: unknown;
}

/**
 * The event a batch of items belongs to, with its id part encoded once: every normalized id of a guest, ticket or
 * ticket type starts with it (the format of `eventVaultIds`, see src/providers/event-vault/ids.ts).
 */
export interface EventScope {
  /** The event id (`x-event-id`), which is also the normalized event id. */
  readonly eventId: string;
  /** The encoded event part and its separator: `evt-1:`. */
  readonly prefix: string;
}

export function eventScope(eventId: string): EventScope {
  return { eventId, prefix: `${encodeURIComponent(eventId)}:` };
}

/**
 * `composeId` of the scope's event and one more part, without its per-part regex: `encodeURIComponent` leaves exactly
 * the characters `composeId` keeps as they are (letters, digits, `-_.!~*'()`), so the result is the same.
 */
function idIn(scope: EventScope, part: string): string {
  return scope.prefix + encodeURIComponent(part);
}

/** A guest without a contact card. */
const NO_CARD: NonNullable<EvGuest['vCardData']> = Object.freeze({});

/** `""` and missing → `null` (the vendor may send either for a field that was not supplied; optionality is undocumented). */
function text(value: string | null | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The configured event as a stub: Event Vault has no event endpoint, so every descriptive field is `null`. */
export function stubEvent(eventId: string, ctx: NormalizeContext): Event {
  return withRaw<Event>(
    {
      id: eventId,
      provider: PROVIDER,
      remoteId: eventId,
      createdAt: null,
      updatedAt: null,
      name: null,
      description: null,
      slug: null,
      url: null,
      status: 'unknown',
      statusRaw: null,
      timezone: null,
      start: null,
      end: null,
      currency: null,
      isOnline: null,
      venue: null,
      visibility: null,
      capacity: null,
      ticketingEnabled: null,
    },
    null,
    ctx,
  );
}

export function normalizeGuest(g: EvGuest, scope: EventScope, ctx: NormalizeContext): Attendee {
  const card = g.vCardData ?? NO_CARD;
  return withRaw<Attendee>(
    {
      id: idIn(scope, g.email),
      provider: PROVIDER,
      remoteId: g.email,
      createdAt: null,
      updatedAt: null,
      eventId: scope.eventId,
      orderId: null,
      // A guest may hold several tickets; they are read with `client.tickets.list({ attendeeId })`.
      ticketTypeId: null,
      name: text(card.FN),
      email: g.email,
      phone: text(card.TEL),
      company: text(card.ORG),
      jobTitle: text(card.ROLE),
      // Listed means on the guest list; `registered` is undocumented and stays in `raw`.
      status: 'attending',
      statusRaw: null,
      checkedIn: null,
      barcode: null,
    },
    g,
    ctx,
  );
}

export function normalizeTicket(t: EvTicket, scope: EventScope, ctx: NormalizeContext): EventVaultTicket {
  const attendeeId = idIn(scope, t.EMAIL);
  return withRaw<EventVaultTicket>(
    {
      id: `${attendeeId}:${encodeURIComponent(t.TIER)}`,
      provider: PROVIDER,
      eventId: scope.eventId,
      attendeeId,
      ticketTypeId: idIn(scope, t.TIER),
      ticketType: t.TIER,
      email: t.EMAIL,
      sessionId: text(t.sessionId),
    },
    t,
    ctx,
  );
}

/**
 * A ticket type derived from the tickets that carry it (types are configured in the console, not exposed by the
 * API): `quantitySold` is how many guests hold one.
 */
export function ticketTypeFromTickets(tier: string, tickets: readonly EvTicket[], scope: EventScope, ctx: NormalizeContext): TicketType {
  return withRaw<TicketType>(
    {
      id: idIn(scope, tier),
      provider: PROVIDER,
      remoteId: tier,
      createdAt: null,
      updatedAt: null,
      eventId: scope.eventId,
      name: tier,
      description: null,
      price: null,
      fee: null,
      isFree: null,
      quantityTotal: null,
      quantitySold: tickets.length,
      minPerOrder: null,
      maxPerOrder: null,
      salesStart: null,
      salesEnd: null,
      hidden: null,
      admits: 1,
    },
    tickets,
    ctx,
  );
}

/** Groups tickets by type, in the order each type first appears. */
export function groupByTier(tickets: readonly EvTicket[]): Map<string, EvTicket[]> {
  const groups = new Map<string, EvTicket[]>();
  for (const t of tickets) {
    const group = groups.get(t.TIER);
    if (group) group.push(t);
    else groups.set(t.TIER, [t]);
  }
  return groups;
}

export function normalizeGuestCount(
  count: { guestCount: number; maxAssignedUsers?: number | null },
  eventId: string,
  ctx: NormalizeContext,
): EventVaultGuestCount {
  return withRaw<EventVaultGuestCount>(
    { eventId, guestCount: count.guestCount, maxAssignedUsers: count.maxAssignedUsers ?? null },
    count,
    ctx,
  );
}
