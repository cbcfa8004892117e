/**
 * Event Vault emulator state: clients (id + registered key) own events; each event holds its guests (keyed by
 * email, in insertion order) and their tickets (keyed by (email, type), in insertion order; an upsert keeps
 * the ticket's place).
 */
import type { EmulatorEnv } from '../../framework/index.js';
import { EV_API_KEY, EV_CLIENT_ID, EV_EMAILS_CASE_SENSITIVE_GUESS, EV_EVENT_ID, EV_MAX_ASSIGNED_USERS_GUESS, type EvGuestWire, type EvTicketWire } from './wire.js';

export interface EvEventState {
  id: string;
  /** Keyed by `guestKey(email)`. */
  guests: Map<string, EvGuestWire>;
  /** Keyed by `ticketKey(email, type)`. */
  tickets: Map<string, EvTicketWire>;
  maxAssignedUsers: number;
}

export interface EvClientState {
  id: string;
  apiKey: string;
  events: Map<string, EvEventState>;
}

export interface EvState {
  clients: Map<string, EvClientState>;
  /** The account's client (the one `credentials` names). */
  account: EvClientState;
}

export type EvEnv = EmulatorEnv<EvState>;

/** How the vendor tells two emails apart (exactly as sent, unless the case guess says otherwise). */
export function guestKey(email: string): string {
  return EV_EMAILS_CASE_SENSITIVE_GUESS ? email : email.toLowerCase();
}

export function ticketKey(email: string, type: string): string {
  return JSON.stringify([guestKey(email), type]);
}

export function hasGuest(event: EvEventState, email: string): boolean {
  return event.guests.has(guestKey(email));
}

export function newEvent(id: string): EvEventState {
  return { id, guests: new Map(), tickets: new Map(), maxAssignedUsers: EV_MAX_ASSIGNED_USERS_GUESS };
}

/** A fresh state: the account's client and its configured event. */
export function createEvState(ids: { next(kind: string): number }): EvState {
  ids.next('event'); // the configured event is event 1 (`evt-1`); seeded events continue at 2.
  const account: EvClientState = { id: EV_CLIENT_ID, apiKey: EV_API_KEY, events: new Map([[EV_EVENT_ID, newEvent(EV_EVENT_ID)]]) };
  return { clients: new Map([[account.id, account]]), account };
}

/** Adds a guest (the caller checked it is new). */
export function addGuest(event: EvEventState, guest: EvGuestWire): void {
  event.guests.set(guestKey(guest.email), guest);
}

/** Removes a guest, and their tickets when `dropTickets` (a guess: `EV_REMOVE_GUEST_DROPS_TICKETS_GUESS`). */
export function removeGuest(event: EvEventState, email: string, dropTickets: boolean): boolean {
  if (!event.guests.delete(guestKey(email))) return false;
  if (dropTickets) {
    for (const [key, t] of event.tickets) if (guestKey(t.EMAIL) === guestKey(email)) event.tickets.delete(key);
  }
  return true;
}

/** The upsert of `addTicket`: a guest holds at most one ticket per type. */
export function upsertTicket(event: EvEventState, ticket: EvTicketWire): void {
  event.tickets.set(ticketKey(ticket.EMAIL, ticket.TIER), ticket);
}
