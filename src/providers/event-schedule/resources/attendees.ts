/**
 * Event Schedule attendees: the ticket units of its sales, listed and read (docs/vendors/event-schedule.md, "Sales
 * (orders) and attendees"). The API has no attendee records, check-in or per-ticket names.
 */
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import { NotFoundError, unsupported } from '../../../core/errors.js';
import { notSupported } from '../../../core/guard.js';
import type { Attendee, AttendeeListParams } from '../../../core/model.js';
import { paginate, type RawPage } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { PROVIDER, eventScheduleCapabilities } from '../config.js';
import type { EventScheduleContext } from '../context.js';
import { ES_PATHS } from '../endpoints.js';
import { attendeeParts, optionalRecordId } from '../ids.js';
import { saleAttendees } from '../normalize.js';
import { PageDeduper } from '../pagination.js';
import { ES_PARSE } from '../parse.js';
import type { EsSale } from '../schemas.js';
import type { EventScheduleAttendeesResource } from '../types.js';

function listAttendees(es: EventScheduleContext, input: AttendeeListParams | null | undefined, options?: RequestOptions) {
  // `list(null)` is `list()`; a filter of the wrong type is a ValidationError before any request.
  const params = input ?? {};
  if (params.updatedSince !== undefined) throw unsupported(PROVIDER, 'attendees.list({ updatedSince })');
  if (params.checkedIn !== undefined) throw unsupported(PROVIDER, 'attendees.list({ checkedIn })', 'the API does not expose check-in state');
  assertListParams(PROVIDER, 'attendees.list', params, eventScheduleCapabilities.attendees.filters);
  const query = { event_id: optionalRecordId(params.eventId, 'eventId') };
  const deduper = new PageDeduper<EsSale>((sale) => sale.id);
  return paginate<Attendee>({
    provider: PROVIDER,
    resource: 'attendees',
    filters: { eventId: params.eventId ?? null },
    limit: params.limit,
    cursor: params.cursor,
    options,
    fetchPage: async (state, limit, opts): Promise<RawPage<Attendee>> => {
      const page = await es.fetchPage({ path: ES_PATHS.sales, parse: ES_PARSE.salePage, query, state, limit, options: opts, deduper });
      const ctx = es.normalize(opts);
      const items: Attendee[] = [];
      for (let i = 0; i < page.items.length; i++) saleAttendees(page.items[i]!, ctx, items);
      // The vendor counts sales; a sale holds one attendee per ticket: the count of attendees is not known.
      return { ...page, items, total: null };
    },
  });
}

async function getAttendee(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<Attendee>> {
  const { saleId, unit } = attendeeParts(id);
  const result = await es.native.getSale(saleId, options).withResponse();
  const attendee = saleAttendees(result.data, es.normalize(options))[unit - 1];
  if (!attendee) throw new NotFoundError({ provider: PROVIDER, message: `Sale ${saleId} has no ticket unit ${unit}.` });
  return { ...result, data: attendee };
}

/** The attendees resource (unguarded: the client wraps it in the one guard). */
export function attendeesResource(es: EventScheduleContext): EventScheduleAttendeesResource {
  return {
    list: (params, options) => listAttendees(es, params, options),
    get: (id, options) => APIPromise.from(getAttendee(es, id, options)),
    create: notSupported(PROVIDER, 'attendees.create', 'attendees are the ticket units of sales: use orders.create'),
    delete: notSupported(PROVIDER, 'attendees.delete', 'cancel or delete the sale (orders.cancel, orders.delete)'),
    checkIn: notSupported(PROVIDER, 'attendees.checkIn', 'the API has no check-in; tickets are scanned in the web app'),
  };
}
