/**
 * Event Vault wire objects → the normalized model (docs/vendors/event-vault.md, "What maps to what").
 * Event Vault has no event read, no money, no orders, no dates and no timestamps: those fields are `null`.
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
  provider: 'event-vault';
  eventId: string;
  /** The normalized id of the guest (an `Attendee`). */
  attendeeId: string;
  /** The normalized id of the ticket type. */
  ticketTypeId: string;
  /** The vendor's ticket type (`TIER`), e.g. `ENTRY`, `VIP`. */
  ticketType: string;
  email: string;
  /** The session it admits to, or `null` for general admission (the vendor's `""`). */
  sessionId: string | null;
  raw?: unknown;
}

/** Guest metrics of an event (`getGuestCount`). */
export interface EventVaultGuestCount {
  eventId: string;
  guestCount: number;
  /** Not explained by the vendor; passed through as given. */
  maxAssignedUsers: number | null;
  raw?: unknown;
}

/** `""` and missing → `null` (the vendor may send either for a field that was not supplied; optionality is undocumented). */
function text(value: string | null | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The configured event as a stub: Event Vault has no event endpoint, so every descriptive field is `null`. */
export function stubEvent(eventId: string, ctx: NormalizeContext): Event {
  return withRaw<Event>(
    {
      id: eventVaultIds.event(eventId),
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

export function normalizeGuest(g: EvGuest, eventId: string, ctx: NormalizeContext): Attendee {
  const card = g.vCardData ?? {};
  return withRaw<Attendee>(
    {
      id: eventVaultIds.attendee(eventId, g.email),
      provider: PROVIDER,
      remoteId: g.email,
      createdAt: null,
      updatedAt: null,
      eventId: eventVaultIds.event(eventId),
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

export function normalizeTicket(t: EvTicket, eventId: string, ctx: NormalizeContext): EventVaultTicket {
  return withRaw<EventVaultTicket>(
    {
      id: eventVaultIds.ticket(eventId, t.EMAIL, t.TIER),
      provider: PROVIDER,
      eventId: eventVaultIds.event(eventId),
      attendeeId: eventVaultIds.attendee(eventId, t.EMAIL),
      ticketTypeId: eventVaultIds.ticketType(eventId, t.TIER),
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
export function ticketTypeFromTickets(tier: string, tickets: EvTicket[], eventId: string, ctx: NormalizeContext): TicketType {
  return withRaw<TicketType>(
    {
      id: eventVaultIds.ticketType(eventId, tier),
      provider: PROVIDER,
      remoteId: tier,
      createdAt: null,
      updatedAt: null,
      eventId: eventVaultIds.event(eventId),
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
export function groupByTier(tickets: EvTicket[]): Map<string, EvTicket[]> {
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
    { eventId: eventVaultIds.event(eventId), guestCount: count.guestCount, maxAssignedUsers: count.maxAssignedUsers ?? null },
    count,
    ctx,
  );
}
