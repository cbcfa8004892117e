/**
 * The Event Schedule seed builders (`s` in `seed: (s) => ...`), one module per entity. Input is normalized-style; each
 * builder stores the vendor's wire rows and returns what the client will return for them (defaults in
 * docs/vendors/event-schedule.md, "Emulator: rules and guesses"). An unknown key or a bad value is a `ConfigError`.
 */
import type { EsEnv } from '../state.js';
import { seedContext } from './common.js';
import { seedEvent, seedEventDate } from './events.js';
import { seedFanContent, seedFeedback } from './feedback.js';
import { seedAttendee, seedOrder } from './sales.js';
import { seedRateLimits, seedSchedule } from './schedules.js';
import { seedTicketType } from './tickets.js';
import type { EventScheduleSeeder } from './types.js';

export type * from './types.js';

export function eventScheduleSeeder(env: EsEnv): EventScheduleSeeder {
  const c = seedContext(env);
  return {
    event: (input) => seedEvent(c, input),
    eventDate: (input) => seedEventDate(c, input),
    ticketType: (input) => seedTicketType(c, input),
    order: (input) => seedOrder(c, input),
    attendee: (input) => seedAttendee(c, input),
    schedule: (input) => seedSchedule(c, input),
    rateLimits: (input) => seedRateLimits(c, input),
    feedback: (input) => seedFeedback(c, input),
    fanContent: (input) => seedFanContent(c, input),
  };
}
