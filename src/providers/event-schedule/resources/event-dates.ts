/**
 * Event Schedule event dates (docs/vendors/event-schedule.md, "Events"): a single event has one date (its own);
 * a recurring event's occurrences are not listed by the API, so the listing is the first occurrence plus the dates
 * its sales were made for.
 */
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import type { EventDatesResource } from '../../../client.js';
import { NotFoundError } from '../../../core/errors.js';
import type { EventDate, EventScopedListParams } from '../../../core/model.js';
import { singlePage, type SinglePageResult } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { PROVIDER } from '../config.js';
import { ScheduleZones, lookupOptions, type EventScheduleContext } from '../context.js';
import { eventDateParts } from '../ids.js';
import { scopedEventId } from '../inputs.js';
import { localDateOf, occurrenceEventDate, singleEventDate, startOf } from '../normalize.js';
import { ES_MAX_PER_PAGE } from '../pagination.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function loadDates(es: EventScheduleContext, eventId: string, options: RequestOptions): Promise<SinglePageResult<EventDate>> {
  const { data: event, response, requestId, attempts } = await es.native.getEvent(eventId, options).withResponse();
  const ctx = es.normalize(options);
  if (event.schedule_type !== 'recurring') return { items: [singleEventDate(event, ctx)], response, requestId, attempts };
  const timezone = await new ScheduleZones(es, options).of(event);
  const dates = new Set<string>();
  const first = startOf(event);
  if (first !== null && timezone !== null) dates.add(localDateOf(first, timezone));
  // Occurrences are not listed by the API: the ones with sales are found through the sales.
  for await (const sale of es.native.listSales({ event_id: event.id, per_page: ES_MAX_PER_PAGE }, lookupOptions(options))) {
    if (typeof sale.event_date === 'string' && LOCAL_DATE.test(sale.event_date)) dates.add(sale.event_date);
  }
  const items = [...dates].sort().map((date) => occurrenceEventDate(event, date, timezone, ctx));
  return { items, response, requestId, attempts };
}

async function getDate(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<EventDate>> {
  const { eventId, date } = eventDateParts(id);
  const result = await es.native.getEvent(eventId, options).withResponse();
  const event = result.data;
  const recurring = event.schedule_type === 'recurring';
  if (date === null && !recurring) return { ...result, data: singleEventDate(event, es.normalize(options)) };
  if (date === null || !recurring) {
    throw new NotFoundError({
      provider: PROVIDER,
      message: recurring
        ? `Event ${eventId} is recurring: use an occurrence id from eventDates.list (event id and date).`
        : `Event ${eventId} is a single event: its one date has the event's id.`,
    });
  }
  const timezone = await new ScheduleZones(es, options).of(event);
  return { ...result, data: occurrenceEventDate(event, date, timezone, es.normalize(options)) };
}

/** The event dates resource (unguarded: the client wraps it in the one guard). */
export function eventDatesResource(es: EventScheduleContext): EventDatesResource {
  return {
    list: (params: EventScopedListParams, options) => {
      const eventId = scopedEventId('eventDates.list', params);
      return singlePage<EventDate>({
        provider: PROVIDER,
        resource: 'eventDates',
        filters: { eventId },
        cursor: params.cursor,
        options,
        load: (opts) => loadDates(es, eventId, opts),
      });
    },
    get: (id, options) => APIPromise.from(getDate(es, id, options)),
  };
}
