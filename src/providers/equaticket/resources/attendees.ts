/** `client.attendees`: Equaticket tickets, listed only (see docs/vendors/equaticket.md, "Not supported, and why"). */
import type { AttendeesResource, Unsupported } from '../../../client.js';
import { notSupported, rejectedList } from '../../../core/guard.js';
import { unsupported } from '../../../core/errors.js';
import { describeValue, invalidField } from '../../../core/input.js';
import type { AttendeeListParams } from '../../../core/model.js';
import { assertListParams } from '../../../core/strict.js';
import { PROVIDER, type EquaticketContext } from '../context.js';
import { normalizeAttendee } from '../normalize.js';
import { EQ_PATHS } from '../paths.js';
import { parseAttendeePage } from '../schemas.js';
import { checkId, normalizedList } from './shared.js';

/** Equaticket's attendees (tickets): listed only. */
export interface EquaticketAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Equaticket: attendees can only be listed (`attendees.list`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<AttendeesResource['get']>;
  /** @deprecated Not supported by Equaticket: tickets are created by its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<AttendeesResource['create']>;
  /** @deprecated Not supported by Equaticket: tickets are refunded in its dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<AttendeesResource['delete']>;
  /** @deprecated Not supported by Equaticket: check-in happens in its check-in web app. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/** The filters `attendees.list` takes (as `capabilities.attendees.filters` declares). */
export const EQ_ATTENDEE_FILTERS = ['eventId', 'checkedIn'];

export function attendeesResource(eq: EquaticketContext): EquaticketAttendeesResource {
  return {
    list: (params: AttendeeListParams = {}, options) => {
      if (params?.updatedSince !== undefined) {
        return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ updatedSince })'));
      }
      assertListParams(PROVIDER, 'attendees.list', params, EQ_ATTENDEE_FILTERS);
      const p = params ?? {};
      if (p.eventId !== undefined) checkId(p.eventId, 'eventId');
      if (p.checkedIn !== undefined && typeof p.checkedIn !== 'boolean') {
        throw invalidField(PROVIDER, 'checkedIn', `expected true or false, got ${describeValue(p.checkedIn)}`);
      }
      return normalizedList(eq, {
        resource: 'attendees',
        path: p.eventId === undefined ? EQ_PATHS.attendees : EQ_PATHS.eventAttendees(p.eventId),
        parse: parseAttendeePage,
        query: { checked_in: p.checkedIn },
        params: p,
        filters: { eventId: p.eventId ?? null, checkedIn: p.checkedIn ?? null },
        normalize: normalizeAttendee,
        options,
      });
    },
    get: notSupported(PROVIDER, 'attendees.get', 'attendees can only be listed (attendees.list)'),
    create: notSupported(PROVIDER, 'attendees.create', 'tickets are created by Equaticket checkout'),
    delete: notSupported(PROVIDER, 'attendees.delete', 'tickets are refunded in the dashboard'),
    checkIn: notSupported(PROVIDER, 'attendees.checkIn', 'check-in happens in the check-in web app'),
  };
}
