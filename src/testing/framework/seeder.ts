/**
 * The seed builders every emulator offers (docs/testing.md). Inputs are normalized-style (Money, ISO
 * instants, normalized statuses, normalized ids) and every field is optional but the parent id; each builder
 * returns the entity exactly as the client will return it. A vendor adds its own fields and builders by
 * extending these types; a builder the vendor cannot hold throws `UnsupportedCapabilityError`.
 */
import type { Money } from '../../core/money.js';
import type { Attendee, AttendeeStatus, Event, EventDate, EventStatus, Order, OrderStatus, TicketType } from '../../core/model.js';

/** An event to seed: every field optional, the emulator fills the rest with plausible values. */
export interface SeedEventInput {
  /** The event's title. */
  name?: string;
  /** Its description (plain text or HTML, as the vendor holds it). */
  description?: string | null;
  /** The URL slug, where the vendor has one. */
  slug?: string;
  /** Normalized status, stored as the vendor's own (a status the vendor cannot hold throws). */
  status?: EventStatus;
  /** IANA timezone of the event. */
  timezone?: string;
  /** ISO-8601 instant. */
  start?: string;
  /** ISO-8601 instant, or `null` for an open end. */
  end?: string | null;
  /** ISO-4217 code. */
  currency?: string;
  /** ISO-8601 instant; default: the emulator clock. */
  createdAt?: string;
}

/** An occurrence of a seeded event (vendors with dates of their own). */
export interface SeedEventDateInput {
  /** The normalized id of the event it belongs to. */
  eventId: string;
  /** The date's own label, where the vendor has one. */
  name?: string | null;
  /** ISO-8601 instant. */
  start?: string;
  /** ISO-8601 instant, or `null`. */
  end?: string | null;
}

/** A ticket type of a seeded event. */
export interface SeedTicketTypeInput {
  /** The normalized id of its event. */
  eventId: string;
  /** The name buyers see. */
  name?: string;
  /** Its description. */
  description?: string | null;
  /** `null` for a free ticket. */
  price?: Money | null;
  /** Capacity, or `null` for unlimited. */
  quantityTotal?: number | null;
  /** Already sold, without seeding orders for them (default 0). */
  quantitySold?: number;
  /** ISO-8601 instant; default: the emulator clock. */
  createdAt?: string;
}

/** One line of a seeded order. */
export interface SeedOrderLineInput {
  /** The normalized id of the ticket type bought. */
  ticketTypeId: string;
  /** How many (default 1). */
  quantity?: number;
}

/** An order to seed; its total is computed from the lines' prices. */
export interface SeedOrderInput {
  /** The normalized id of its event. */
  eventId: string;
  /** The occurrence bought, on vendors with dates. */
  eventDateId?: string;
  /** Normalized status (a status the vendor cannot hold throws). */
  status?: OrderStatus;
  /** The buyer; missing parts are generated. */
  buyer?: {
    /** Full name (default: a generated one). */
    name?: string;
    /** Email address (default: a generated one). */
    email?: string;
    /** Phone number, or `null`. */
    phone?: string | null;
  };
  /** What was bought (default: one ticket). */
  lines?: SeedOrderLineInput[];
  /** ISO-8601 instant; default: the emulator clock. */
  createdAt?: string;
}

/** An attendee (one admitted person) to seed. */
export interface SeedAttendeeInput {
  /** The normalized id of its event. */
  eventId: string;
  /** The order it came from, where the vendor links them. */
  orderId?: string;
  /** The ticket type it holds. */
  ticketTypeId?: string;
  /** Full name. */
  name?: string;
  /** Email address. */
  email?: string;
  /** Phone number, or `null`. */
  phone?: string | null;
  /** Company, where the vendor records it. */
  company?: string | null;
  /** Job title, where the vendor records it. */
  jobTitle?: string | null;
  /** Normalized status (a status the vendor cannot hold throws). */
  status?: AttendeeStatus;
  /** Already checked in (only where the vendor's rules allow it, e.g. a valid ticket of a published event). */
  checkedIn?: boolean;
  /** ISO-8601 instant; default: the emulator clock. */
  createdAt?: string;
}

/** The builders common to every vendor. */
export interface BaseSeeder {
  /** Adds an event and returns it as the client will read it. */
  event(input?: SeedEventInput): Event;
  /** Adds an occurrence to an event and returns it as the client will read it. */
  eventDate(input: SeedEventDateInput): EventDate;
  /** Adds a ticket type and returns it as the client will read it. */
  ticketType(input: SeedTicketTypeInput): TicketType;
  /** Adds an order (with its lines) and returns it as the client will read it. */
  order(input: SeedOrderInput): Order;
  /** Adds an attendee and returns it as the client will read it. */
  attendee(input: SeedAttendeeInput): Attendee;
}
