/**
 * The seed builders every emulator offers (docs/testing.md). Inputs are normalized-style (Money, ISO
 * instants, normalized statuses, normalized ids) and every field is optional but the parent id; each builder
 * returns the entity exactly as the client will return it. A vendor adds its own fields and builders by
 * extending these types; a builder the vendor cannot hold throws `UnsupportedCapabilityError`.
 */
import type { Money } from '../../core/money.js';
import type { Attendee, AttendeeStatus, Event, EventDate, EventStatus, Order, OrderStatus, TicketType } from '../../core/model.js';

export interface SeedEventInput {
  name?: string;
  description?: string | null;
  slug?: string;
  status?: EventStatus;
  timezone?: string;
  /** ISO-8601 instant. */
  start?: string;
  end?: string | null;
  /** ISO-4217 code. */
  currency?: string;
  /** ISO-8601 instant; default: the emulator clock. */
  createdAt?: string;
}

export interface SeedEventDateInput {
  eventId: string;
  name?: string | null;
  start?: string;
  end?: string | null;
}

export interface SeedTicketTypeInput {
  eventId: string;
  name?: string;
  description?: string | null;
  /** `null` for a free ticket. */
  price?: Money | null;
  quantityTotal?: number | null;
  quantitySold?: number;
  createdAt?: string;
}

export interface SeedOrderLineInput {
  ticketTypeId: string;
  quantity?: number;
}

export interface SeedOrderInput {
  eventId: string;
  eventDateId?: string;
  status?: OrderStatus;
  buyer?: { name?: string; email?: string; phone?: string | null };
  lines?: SeedOrderLineInput[];
  createdAt?: string;
}

export interface SeedAttendeeInput {
  eventId: string;
  orderId?: string;
  ticketTypeId?: string;
  name?: string;
  email?: string;
  phone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  status?: AttendeeStatus;
  checkedIn?: boolean;
  createdAt?: string;
}

/** The builders common to every vendor. */
export interface BaseSeeder {
  event(input?: SeedEventInput): Event;
  eventDate(input: SeedEventDateInput): EventDate;
  ticketType(input: SeedTicketTypeInput): TicketType;
  order(input: SeedOrderInput): Order;
  attendee(input: SeedAttendeeInput): Attendee;
}
