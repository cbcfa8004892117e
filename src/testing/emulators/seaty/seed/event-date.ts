/** `s.eventDate()`: a date (performance) of a seeded event; by default a month after the event was made, a day apart. */
import { isoUtc } from '../../../framework/index.js';
import type { DateWire } from '../wire.js';
import { eventOrThrow, ID_BASE, type SeedContext } from './context.js';
import { bad, flag, instantMs, nonNegativeInt, text, type SeatySeedEventDateInput } from './input.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export function createDate(seed: SeedContext, input: SeatySeedEventDateInput): DateWire {
  const event = eventOrThrow(seed, input?.eventId);
  const existing = event.dates.length;
  const created = Date.parse(event.wire.date_created ?? isoUtc(seed.env.now()));
  const start = instantMs('start', input.start, () => created + 30 * DAY + existing * DAY);
  let end: string | null;
  if (input.end === null) end = null;
  else {
    const endMs = instantMs('end', input.end ?? undefined, () => start + 3 * HOUR);
    if (endMs < start) throw bad('end', 'must not be before start');
    end = isoUtc(endMs);
  }
  const wire: Omit<DateWire, 'id'> = {
    event_id: event.wire.id,
    date: isoUtc(start),
    end_date: end,
    time_type: input.timeType === undefined ? 1 : nonNegativeInt('timeType', input.timeType),
    name: input.name === undefined ? null : text('name', input.name),
    sold_out: input.soldOut === undefined ? false : flag('soldOut', input.soldOut),
    suspend: input.salesSuspended === undefined ? false : flag('salesSuspended', input.salesSuspended),
    information_header: input.informationHeader === undefined ? null : text('informationHeader', input.informationHeader),
    information: input.information === undefined ? null : text('information', input.information),
  };
  seed.env.stamp();
  const date: DateWire = { id: ID_BASE.date + seed.env.ids.next('date'), ...wire };
  event.dates.insert(date);
  seed.state.dates.set(date.id, date);
  return date;
}
