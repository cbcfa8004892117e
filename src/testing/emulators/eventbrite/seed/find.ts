/** The seeded rows a builder's ids point at: events, occurrences, ticket classes and organizations. */
import { splitIdParts as splitId } from '../../../framework/contract.js';
import type { EbEnv, EventRow, OrgRow } from '../state.js';
import type { TicketClassWire } from '../wire.js';
import { bad } from './check.js';

/** A normalized event id (`<id>` or `series:<id>`) → its row. */
export function eventOrThrow(env: EbEnv, eventId: unknown, field = 'eventId'): EventRow {
  if (typeof eventId !== 'string' || eventId === '') throw bad(field, 'required (the id s.event returned)');
  const series = splitId(eventId, 2);
  const single = splitId(eventId, 1);
  const remote = series && series[0] === 'series' ? series[1]! : single ? single[0]! : null;
  const row = remote === null ? undefined : env.state.events.get(remote);
  if (!row || row.deleted || row.wire.is_series_parent !== (series !== null && series[0] === 'series')) {
    throw bad(field, `no seeded event ${JSON.stringify(eventId)}`);
  }
  return row;
}

/** The occurrence an order goes on: a series' date (`eventDateId`, default its first), or the single event itself. */
export function occurrenceOf(event: EventRow, eventDateId: unknown): EventRow {
  if (eventDateId !== undefined && typeof eventDateId !== 'string') throw bad('eventDateId', 'expected the id of a date s.eventDate returned');
  if (event.wire.is_series_parent) {
    if (eventDateId === undefined) {
      const first = event.children.find((c) => !c.deleted);
      if (!first) throw bad('eventDateId', 'a series needs a date (s.eventDate) before it can hold orders');
      return first;
    }
    const child = event.children.find((c) => c.wire.id === eventDateId && !c.deleted);
    if (!child) throw bad('eventDateId', `no date ${JSON.stringify(eventDateId)} in series ${event.wire.id}`);
    return child;
  }
  if (eventDateId !== undefined && eventDateId !== event.wire.id) {
    throw bad('eventDateId', `a single event has one date, whose id is the event's (${event.wire.id})`);
  }
  return event;
}

/**
 * A ticket type id → the occurrence's ticket class. A series parent's ticket type (`series:<parent>:<class>`) sells
 * as the occurrence's class made from it.
 */
export function ticketClassOrThrow(env: EbEnv, occurrence: EventRow, id: unknown): TicketClassWire {
  if (typeof id !== 'string') throw bad('ticketTypeId', `expected the id s.ticketType returned, got ${JSON.stringify(id ?? null)}`);
  const { ticketClasses } = env.state;
  const parts = splitId(id, 2);
  let found = parts && parts[0] === occurrence.wire.id ? ticketClasses.get(parts[1]!) : undefined;
  const rule = splitId(id, 3);
  if (!found && rule && rule[0] === 'series' && rule[1] === occurrence.wire.series_id) {
    const copy = occurrence.ticketClasses.find((tc) => ticketClasses.get(tc.id)?.rule === rule[2]);
    found = copy ? ticketClasses.get(copy.id) : undefined;
  }
  if (!found || found.event !== occurrence) {
    throw bad('ticketTypeId', `no ticket type ${JSON.stringify(id)} on event ${occurrence.wire.id} (an order's tickets belong to its date's event)`);
  }
  return found.wire;
}

/** An organization id `s.organization()` returned (default: the emulator's own organization). */
export function orgFor(env: EbEnv, id: unknown): OrgRow {
  if (id === undefined) return env.state.organizationList[0]!;
  const org = typeof id === 'string' ? env.state.organizations.get(id) : undefined;
  if (!org) throw bad('organizationId', `no organization ${JSON.stringify(id)} (use an id s.organization returned)`);
  return org;
}
