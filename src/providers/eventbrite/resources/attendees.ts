/** `attendees`: listed and read; they come from Eventbrite's checkout (docs/vendors/eventbrite.md, Unsupported). */
import type { AttendeesResource, Unsupported } from '../../../client.js';
import { mapResult } from '../../../core/compose.js';
import { unsupported } from '../../../core/errors.js';
import { notSupported } from '../../../core/guard.js';
import type { AttendeeListParams } from '../../../core/model.js';
import { assertListParams } from '../../../core/strict.js';
import { eventbriteCapabilities } from '../capabilities.js';
import { PROVIDER, type EventbriteContext } from '../context.js';
import { wireInstant } from '../inputs.js';
import { attendeeRefOf, eventRefOf, normalizeAttendee } from '../normalize.js';
import { EB_PATHS } from '../paths.js';
import { EbAttendeeSentSchema } from '../schemas.js';
import { listOf, organizationPath } from './list.js';

/** Eventbrite's attendees: listed and read. */
export interface EventbriteAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Eventbrite: attendees come from its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<AttendeesResource['create']>;
  /** @deprecated Not supported by Eventbrite: the API cannot remove an attendee. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<AttendeesResource['delete']>;
  /** @deprecated Not supported by Eventbrite: the API has no check-in write (check-in happens in Eventbrite Organizer). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

export function attendeesResource(eb: EventbriteContext): EventbriteAttendeesResource {
  return {
    list: (params: AttendeeListParams = {}, options) => {
      const { checkedIn, ...p } = params ?? {};
      if (checkedIn !== undefined) {
        throw unsupported(PROVIDER, 'attendees.list({ checkedIn })', 'Eventbrite filters attendees by attending/not_attending/unpaid only');
      }
      assertListParams(PROVIDER, 'attendees.list', p, eventbriteCapabilities.attendees.filters);
      const eventRemoteId = p.eventId !== undefined ? eventRefOf(p.eventId, 'eventId').remoteId : null;
      const changedSince = p.updatedSince !== undefined ? wireInstant('updatedSince', p.updatedSince) : undefined;
      return listOf(eb, {
        resource: 'attendees',
        path: eventRemoteId === null ? organizationPath(eb, EB_PATHS.organizationAttendees) : EB_PATHS.eventAttendees(eventRemoteId),
        key: 'attendees',
        schema: EbAttendeeSentSchema,
        query: { changed_since: changedSince },
        params: p,
        filters: { eventId: p.eventId ?? null, updatedSince: changedSince ?? null },
        normalize: (a, ctx) => normalizeAttendee(a, ctx, eventRemoteId),
        options,
      });
    },
    get: (id, options) => {
      const ref = attendeeRefOf(id);
      return mapResult(PROVIDER, 'read', eb.native.getEventAttendee(ref.eventId, ref.attendeeId, {}, options), (a) =>
        normalizeAttendee(a, eb.normalize(options), ref.eventId),
      );
    },
    create: notSupported(PROVIDER, 'attendees.create', 'attendees come from Eventbrite checkout'),
    delete: notSupported(PROVIDER, 'attendees.delete', 'the API cannot remove an attendee'),
    checkIn: notSupported(PROVIDER, 'attendees.checkIn', 'the API has no check-in write; check-in happens in Eventbrite Organizer'),
  };
}
