/** The Event Schedule seed builders' arguments and the seeder interface (`s` in `seed: (s) => ...`). */
import type { Attendee, Event, EventDate, Order, TicketType } from '../../../framework/contract.js';
import type { BaseSeeder, SeedAttendeeInput, SeedEventDateInput, SeedEventInput, SeedOrderInput, SeedTicketTypeInput } from '../../../framework/index.js';
import type { EsPlan } from '../state.js';
import type { EsScheduleWire } from '../wire.js';

export interface EsSeedEventInput extends SeedEventInput {
  /** The schedule (subdomain) the event is on. Default: the main schedule, or one in `timezone` when it differs. */
  schedule?: string;
  /** A recurring event (weekly on the start's local weekday unless `daysOfWeek` says otherwise). */
  recurring?: boolean;
  recurringFrequency?: 'daily' | 'weekly' | 'every_n_weeks' | 'monthly_date' | 'monthly_weekday' | 'yearly';
  /** Seven 0/1 digits, Sunday first. */
  daysOfWeek?: string;
  /** Default `true` (a `false` event gets it turned on by its first `s.ticketType`). */
  ticketsEnabled?: boolean;
  paymentMethod?: 'cash' | 'stripe' | 'invoiceninja' | 'payment_url' | 'payfast';
  /**
   * The event's talent (its `members`): each entry is the subdomain of a talent schedule (from `s.schedule({ type:
   * 'talent' })`), or a performer to create one for.
   */
  talent?: Array<string | EsSeedTalentInput>;
}

/** A performer: a talent schedule of the default user, listed in the `members` of the events it plays. */
export interface EsSeedTalentInput {
  name: string;
  email?: string | null;
  youtubeUrl?: string | null;
}

/** Post-event feedback (`GET /feedback`). */
export interface EsSeedFeedbackInput {
  eventId: string;
  /** The occurrence rated (default: the event's first date). */
  eventDateId?: string;
  /** 1-5, default 5. */
  rating?: number;
  comment?: string | null;
  attendeeName?: string | null;
  attendeeEmail?: string | null;
  createdAt?: string;
}

/** A fan submission (`GET /fan-content`): give the one content field of its type. */
export interface EsSeedFanContentInput {
  eventId: string;
  /** Default `comment`. */
  type?: 'comment' | 'photo' | 'video';
  comment?: string;
  photoUrl?: string;
  youtubeUrl?: string;
  submittedBy?: string;
  /** Submitted without an account (default `false`). */
  guest?: boolean;
  /** Default `true`; `false` is the moderation queue (`is_approved=0`). */
  approved?: boolean;
  eventDateId?: string;
  /** An agenda part's id (from the event's `event_parts`). */
  eventPartId?: string | null;
  createdAt?: string;
}

export interface EsSeedScheduleInput {
  name?: string;
  type?: 'venue' | 'talent' | 'curator';
  timezone?: string;
  /** `free` schedules are hidden from the API (403 on single records), as on hosted Event Schedule. Default `pro`. */
  plan?: EsPlan;
  address1?: string | null;
  city?: string | null;
  email?: string | null;
  /** Talent schedules: the YouTube channel shown in the `members` of its events. */
  youtubeUrl?: string | null;
}

/** The Event Schedule seed builders (`s` in `seed: (s) => ...`). */
export interface EventScheduleSeeder extends BaseSeeder {
  event(input?: EsSeedEventInput): Event;
  /**
   * A single event has one date (its own start, under the event's id); a recurring event's occurrence is
   * addressed by its local date (`start` picks the day; default the first occurrence). The API lists only the
   * first occurrence and the dates that have sales.
   */
  eventDate(input: SeedEventDateInput): EventDate;
  ticketType(input: SeedTicketTypeInput): TicketType;
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

