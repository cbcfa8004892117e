/** The Event Schedule seed builders' arguments and the seeder interface (`s` in `seed: (s) => ...`). */
import type { Attendee, Event, EventDate, Order, TicketType } from '../../../framework/contract.js';
import type { BaseSeeder, SeedAttendeeInput, SeedEventDateInput, SeedEventInput, SeedOrderInput, SeedTicketTypeInput } from '../../../framework/index.js';
import type { EsPlan } from '../state.js';
import type { EsScheduleWire } from '../wire.js';

/** An Event Schedule event to seed: the common fields plus its schedule, recurrence, tickets switch and talent. */
export interface EsSeedEventInput extends SeedEventInput {
  /** The schedule (subdomain) the event is on. Default: the main schedule, or one in `timezone` when it differs. */
  schedule?: string;
  /** A recurring event (weekly on the start's local weekday unless `daysOfWeek` says otherwise). */
  recurring?: boolean;
  /** How a recurring event repeats (default `weekly`). */
  recurringFrequency?: 'daily' | 'weekly' | 'every_n_weeks' | 'monthly_date' | 'monthly_weekday' | 'yearly';
  /** Seven 0/1 digits, Sunday first. */
  daysOfWeek?: string;
  /** Default `true` (a `false` event gets it turned on by its first `s.ticketType`). */
  ticketsEnabled?: boolean;
  /** How buyers pay (the event's `payment_method`). */
  paymentMethod?: 'cash' | 'stripe' | 'invoiceninja' | 'payment_url' | 'payfast';
  /**
   * The event's talent (its `members`): each entry is the subdomain of a talent schedule (from `s.schedule({ type:
   * 'talent' })`), or a performer to create one for.
   */
  talent?: Array<string | EsSeedTalentInput>;
}

/** A performer: a talent schedule of the default user, listed in the `members` of the events it plays. */
export interface EsSeedTalentInput {
  /** The performer's name. */
  name: string;
  /** Their contact email, or `null`. */
  email?: string | null;
  /** Their YouTube channel, shown in the events' `members`, or `null`. */
  youtubeUrl?: string | null;
}

/** Post-event feedback (`GET /feedback`). */
export interface EsSeedFeedbackInput {
  /** The normalized id of the event rated. */
  eventId: string;
  /** The occurrence rated (default: the event's first date). */
  eventDateId?: string;
  /** 1-5, default 5. */
  rating?: number;
  /** The written comment, or `null`. */
  comment?: string | null;
  /** Who left it, or `null`. */
  attendeeName?: string | null;
  /** Their email, or `null`. */
  attendeeEmail?: string | null;
  /** ISO-8601 instant; default: the emulator clock. */
  createdAt?: string;
}

/** A fan submission (`GET /fan-content`): give the one content field of its type. */
export interface EsSeedFanContentInput {
  /** The normalized id of the event. */
  eventId: string;
  /** Default `comment`. */
  type?: 'comment' | 'photo' | 'video';
  /** The text, for `type: 'comment'`. */
  comment?: string;
  /** The image URL, for `type: 'photo'`. */
  photoUrl?: string;
  /** The video URL, for `type: 'video'`. */
  youtubeUrl?: string;
  /** The fan's display name. */
  submittedBy?: string;
  /** Submitted without an account (default `false`). */
  guest?: boolean;
  /** Default `true`; `false` is the moderation queue (`is_approved=0`). */
  approved?: boolean;
  /** The occurrence it is about (an `EventDate` id of the event). */
  eventDateId?: string;
  /** An agenda part's id (from the event's `event_parts`). */
  eventPartId?: string | null;
  /** ISO-8601 instant; default: the emulator clock. */
  createdAt?: string;
}

/** Another schedule (venue, talent or curator) to seed with `s.schedule`, owned by the default user. */
export interface EsSeedScheduleInput {
  /** The schedule's name; its subdomain is derived from it. */
  name?: string;
  /** A venue, a talent (performer) or a curator (default `venue`). */
  type?: 'venue' | 'talent' | 'curator';
  /** IANA timezone of the schedule. */
  timezone?: string;
  /** `free` schedules are hidden from the API (403 on single records), as on hosted Event Schedule. Default `pro`. */
  plan?: EsPlan;
  /** Street address, or `null`. */
  address1?: string | null;
  /** City, or `null`. */
  city?: string | null;
  /** Contact email, or `null`. */
  email?: string | null;
  /** Talent schedules: the YouTube channel shown in the `members` of its events. */
  youtubeUrl?: string | null;
}

/** The Event Schedule seed builders (`s` in `seed: (s) => ...`). */
export interface EventScheduleSeeder extends BaseSeeder {
  /** Adds an event (`EsSeedEventInput`) on a schedule. */
  event(input?: EsSeedEventInput): Event;
  /**
   * A single event has one date (its own start, under the event's id); a recurring event's occurrence is
   * addressed by its local date (`start` picks the day; default the first occurrence). The API lists only the
   * first occurrence and the dates that have sales.
   */
  eventDate(input: SeedEventDateInput): EventDate;
  /** Adds a ticket type to an event (turning its tickets on). */
  ticketType(input: SeedTicketTypeInput): TicketType;
  /** Adds a sale, as `POST /sales` would make it. */
  order(input: SeedOrderInput): Order;
  /** One ticket unit of a sale: a new one-ticket sale, or one more unit on `orderId`. */
  attendee(input: SeedAttendeeInput): Attendee;
  /** Vendor-only: another schedule the default user owns (wire shape). */
  schedule(input?: EsSeedScheduleInput): EsScheduleWire;
  /**
   * Vendor-only, opt-in: enforce the per-IP read/write buckets (300 / 30 per 60 s window by default) and the
   * create-event throttle (30 per schedule per minute, Laravel's 429 with `Retry-After`).
   */
  rateLimits(input?: { reads?: number; writes?: number }): void;
  /** Vendor-only: a post-event rating (wire shape, as `GET /feedback` lists it). */
  feedback(input: EsSeedFeedbackInput): Record<string, unknown>;
  /** Vendor-only: a fan comment, photo or video (wire shape, as `GET /fan-content` lists it). */
  fanContent(input: EsSeedFanContentInput): Record<string, unknown>;
}

