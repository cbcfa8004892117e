/**
 * Event Vault wire shapes, constants and the normalized view of them, written from the vendor's documentation
 * (docs/vendors/event-vault.md), never from the adapter. Every guess is one constant named `..._GUESS` and listed in
 * that document under "Emulator: rules and guesses".
 */
import { joinIdParts, type Attendee, type Event } from '../../framework/contract.js';

export const EV_PROVIDER = 'event-vault' as const;
/** Documented base URL (no version prefix). */
export const EV_BASE_URL = 'https://api.event-vault.com';

/** The emulated account (any values work; short ids, they are not secrets). */
export const EV_CLIENT_ID = 'cli-1';
/** The key registered for `EV_CLIENT_ID`. */
export const EV_API_KEY = 'ev_test_ticketkit_emulator_key';
/** The client's configured event, present from the start. */
export const EV_EVENT_ID = 'evt-1';

/** Documented: `x-timestamp` must be within 5 minutes of server time. */
export const EV_WINDOW_MS = 5 * 60 * 1000;
/** Guess: the window is inclusive, `|now - x-timestamp| <= 5 min`. */
export const EV_WINDOW_INCLUSIVE_GUESS = true;
/**
 * Guess: the order of the auth checks when several fail at once:
 * headers → client (404) → key (403) → timestamp (408) → event (404).
 */
export const EV_AUTH_CHECK_ORDER_GUESS = ['headers', 'client', 'key', 'timestamp', 'event'] as const;
/** Guess: the server sends a `Date` header (any HTTP server does; not documented). The emulator sends its clock. */
export const EV_SENDS_DATE_HEADER_GUESS = true;
/**
 * Guess: the `Content-Type` of the plain-text replies (undocumented). `text/html; charset=utf-8` is what a Node server
 * sends for a string by default; a client must not depend on it either way.
 */
export const EV_TEXT_CONTENT_TYPE_GUESS = 'text/html; charset=utf-8';
/** Guess: `maxAssignedUsers` is the event's attendee capacity; this is its value for emulated events (not enforced). */
export const EV_MAX_ASSIGNED_USERS_GUESS = 500;
/** Guess: fields not supplied to `addGuest` are left out of the guest (rather than sent as `""`). */
export const EV_UNSET_FIELDS_AS_EMPTY_STRING_GUESS = false;
/** Guess: `addTicket` for an email that is not a guest answers 404 `User is not registered for the event.` */
export const EV_ADD_TICKET_REQUIRES_GUEST_GUESS = true;
/** Guess: `removeGuest` removes the guest's tickets too. */
export const EV_REMOVE_GUEST_DROPS_TICKETS_GUESS = true;
/** Guess: emails are compared exactly as sent (letter case included). */
export const EV_EMAILS_CASE_SENSITIVE_GUESS = true;
/** Guess: a required input sent as `""` counts as missing (the documented "must include" 400). */
export const EV_EMPTY_INPUT_IS_MISSING_GUESS = true;
/** Guess: a 429 is possible though undocumented; its body. */
export const EV_RATE_LIMIT_TEXT_GUESS = 'Too many requests.';
/** Guess: what the server answers for a path it does not route (the wording of a Node web framework). */
export const EV_UNROUTED_TEXT_GUESS = (method: string, path: string): string => `Cannot ${method} ${path}`;
/** Guess: the body of a 500 outside the documented endpoints, and of other statuses the docs do not list. */
export const EV_OTHER_ERROR_TEXT_GUESS = { server: 'Internal Server Error', unavailable: 'Service Unavailable', client: 'Bad Request' } as const;

/** The documented plain-text bodies, copied exactly. */
export const EV_TEXT = {
  missingHeaders: 'The request must include x-api-key, x-client-id, x-event-id, and x-timestamp headers.',
  missingEmailBody: 'The request must include userEmail in the body.',
  missingEmailAndTypeBody: 'The request must include userEmail and ticketType in the body.',
  missingEmailQuery: 'The request must include userEmail as a query parameter.',
  missingTypeQuery: 'The request must include ticketType as a query parameter.',
  invalidApiKey: 'Invalid API key.',
  clientNotFound: 'Client not found.',
  eventNotFound: 'Event not found.',
  guestNotFound: 'User is not registered for the event.',
  ticketNotFound: 'Ticket not found for the user.',
  timestampWindow: 'Request timestamp is outside the allowed 5-minute window.',
  guestExists: 'User is already registered for the event.',
  guestAdded: 'User added successfully.',
  guestRemoved: 'User removed successfully.',
  ticketCreated: 'Ticket created successfully.',
  ticketRemoved: 'Ticket removed successfully.',
} as const;

/** The operation names of the nine endpoints (fault targets and `calls[].op`). */
export type EventVaultOperation =
  | 'attendees.create'
  | 'attendees.delete'
  | 'tickets.grant'
  | 'tickets.revoke'
  | 'guests.count'
  | 'attendees.list'
  | 'tickets.listByGuest'
  | 'tickets.listByType'
  | 'tickets.list';

/** The documented 500 body of each endpoint (by operation name). */
export const EV_SERVER_ERROR_TEXT: Record<EventVaultOperation, string> = {
  'attendees.create': 'Error adding user to the event.',
  'attendees.delete': 'Error removing user from the event.',
  'tickets.grant': 'Error creating ticket for the guest.',
  'tickets.revoke': 'Error removing ticket for the guest.',
  'guests.count': 'Error getting guest count.',
  'attendees.list': 'Error getting guests.',
  'tickets.listByGuest': 'Error getting guest tickets.',
  'tickets.listByType': 'Error getting tickets by type.',
  'tickets.list': 'Error getting all tickets.',
};

/** The documented 400 body for a missing input of each endpoint (by operation name). */
export const EV_MISSING_INPUT_TEXT: Partial<Record<EventVaultOperation, string>> = {
  'attendees.create': EV_TEXT.missingEmailBody,
  'attendees.delete': EV_TEXT.missingEmailBody,
  'tickets.grant': EV_TEXT.missingEmailAndTypeBody,
  'tickets.revoke': EV_TEXT.missingEmailAndTypeBody,
  'tickets.listByGuest': EV_TEXT.missingEmailQuery,
  'tickets.listByType': EV_TEXT.missingTypeQuery,
};

/** A guest as `getGuests` returns it. */
export interface EvGuestWire {
  email: string;
  country?: string;
  registered: boolean;
  vCardData: { FN?: string; ROLE?: string; ORG?: string; TEL?: string; URL?: string };
}

/** A ticket as the ticket reads return it: note the key casing. */
export interface EvTicketWire {
  EMAIL: string;
  TIER: string;
  sessionId: string;
}

/** The `addGuest` body fields stored on a guest. */
export interface EvGuestFields {
  name?: string;
  role?: string;
  company?: string;
  phone?: string;
  url?: string;
  country?: string;
}

/** Builds the stored guest from `addGuest` fields (`name`→`FN`, `role`→`ROLE`, `company`→`ORG`, ...). */
export function guestWire(email: string, fields: EvGuestFields): EvGuestWire {
  const value = (v: string | undefined) => (v !== undefined ? v : EV_UNSET_FIELDS_AS_EMPTY_STRING_GUESS ? '' : undefined);
  const card: EvGuestWire['vCardData'] = {};
  const put = (key: keyof EvGuestWire['vCardData'], v: string | undefined) => {
    const stored = value(v);
    if (stored !== undefined) card[key] = stored;
  };
  put('FN', fields.name);
  put('ROLE', fields.role);
  put('ORG', fields.company);
  put('TEL', fields.phone);
  put('URL', fields.url);
  const country = value(fields.country);
  return { email, ...(country !== undefined ? { country } : {}), registered: false, vCardData: card };
}

// ---- the normalized view (the id format of the declared contract, framework/contract.ts) ----

/**
 * Normalized ids: the event id is the `x-event-id`; a guest is (event, email); a ticket type is (event, type); a
 * ticket is (event, email, type). The vendor has no ids of its own for guests or tickets: the keys it documents are
 * the email and (email, type).
 */
export const evIds = {
  event: (eventId: string) => eventId,
  attendee: (eventId: string, email: string) => joinIdParts(eventId, email),
  ticketType: (eventId: string, tier: string) => joinIdParts(eventId, tier),
  ticket: (eventId: string, email: string, tier: string) => joinIdParts(eventId, email, tier),
};

/** The event as the client shows it: a stub (Event Vault has no event endpoint), every descriptive field `null`. */
export function toEvent(eventId: string): Event {
  return {
    id: evIds.event(eventId),
    provider: EV_PROVIDER,
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
  };
}

const orNull = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);

/** A guest as the client shows it (an attendee). */
export function toAttendee(eventId: string, g: EvGuestWire): Attendee {
  return {
    id: evIds.attendee(eventId, g.email),
    provider: EV_PROVIDER,
    remoteId: g.email,
    createdAt: null,
    updatedAt: null,
    eventId: evIds.event(eventId),
    orderId: null,
    ticketTypeId: null,
    name: orNull(g.vCardData.FN),
    email: g.email,
    phone: orNull(g.vCardData.TEL),
    company: orNull(g.vCardData.ORG),
    jobTitle: orNull(g.vCardData.ROLE),
    status: 'attending',
    statusRaw: null,
    checkedIn: null,
    barcode: null,
  };
}

/** A guest's ticket as the client shows it (`client.tickets`, a vendor-only shape). */
export interface EvTicketView {
  /** `(event, email, type)`, as the client's `EventVaultTicket.id`. */
  id: string;
  /** Always `'event-vault'`. */
  provider: 'event-vault';
  /** The normalized id of the event. */
  eventId: string;
  /** The normalized id of the guest. */
  attendeeId: string;
  /** The normalized id of the ticket type. */
  ticketTypeId: string;
  /** The vendor's ticket type (`TIER`), e.g. `ENTRY`. */
  ticketType: string;
  /** The guest's email. */
  email: string;
  /** The session it admits to, or `null` for general admission. */
  sessionId: string | null;
}

export function toTicket(eventId: string, t: EvTicketWire): EvTicketView {
  return {
    id: evIds.ticket(eventId, t.EMAIL, t.TIER),
    provider: EV_PROVIDER,
    eventId: evIds.event(eventId),
    attendeeId: evIds.attendee(eventId, t.EMAIL),
    ticketTypeId: evIds.ticketType(eventId, t.TIER),
    ticketType: t.TIER,
    email: t.EMAIL,
    sessionId: orNull(t.sessionId),
  };
}
