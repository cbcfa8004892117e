/** Seed builders of what attendees send back: ratings (`s.feedback`) and fan content (`s.fanContent`). */
import { fanContentJson, feedbackJson } from '../state.js';
import { esId, type EsFanContentRow, type EsFeedbackRow } from '../wire.js';
import { bad, eventOrThrow, flag, instantMs, oneOf, saleDate, seedKeys, text, type SeedContext } from './common.js';
import type { EsSeedFanContentInput, EsSeedFeedbackInput } from './types.js';

const FAN_CONTENT_TYPES = ['comment', 'photo', 'video'] as const;

export function seedFeedback(c: SeedContext, input: EsSeedFeedbackInput): Record<string, unknown> {
  seedKeys('feedback', input);
  const event = eventOrThrow(c, input.eventId);
  const rating = input.rating ?? 5;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw bad('rating', `expected an integer from 1 to 5, got ${rating}`);
  const row: EsFeedbackRow = {
    id: esId('feedback', c.env.ids.next('feedback')),
    event_id: event.id,
    event_date: saleDate(c, event, input.eventDateId),
    rating,
    comment: text('comment', input.comment, true) ?? null,
    attendee_name: text('attendeeName', input.attendeeName, true) ?? null,
    attendee_email: text('attendeeEmail', input.attendeeEmail, true) ?? null,
    created_at: instantMs('createdAt', input.createdAt, c.env.stamp),
  };
  c.state.feedback.push(row);
  return feedbackJson(c.state, row);
}

/** The one content field of a fan submission's type: given, or a default of that type. */
function fanContentOf(input: EsSeedFanContentInput, type: (typeof FAN_CONTENT_TYPES)[number], n: number): string {
  const given = { comment: text('comment', input.comment), photo: text('photoUrl', input.photoUrl), video: text('youtubeUrl', input.youtubeUrl) } as const;
  const field = { comment: 'comment', photo: 'photoUrl', video: 'youtubeUrl' } as const;
  for (const other of FAN_CONTENT_TYPES) {
    if (other !== type && given[other] !== undefined) throw bad(field[other], `a ${type} carries no ${field[other]}`);
  }
  const fallback = { comment: 'Great show!', photo: `https://eventschedule.com/storage/fan/${n}.jpg`, video: `https://www.youtube.com/watch?v=fan${n}` };
  return given[type] ?? fallback[type];
}

export function seedFanContent(c: SeedContext, input: EsSeedFanContentInput): Record<string, unknown> {
  seedKeys('fanContent', input);
  const event = eventOrThrow(c, input.eventId);
  const type = oneOf('type', input.type, FAN_CONTENT_TYPES) ?? 'comment';
  const eventPartId = text('eventPartId', input.eventPartId, true);
  if (eventPartId != null && !event.event_parts.some((p) => p.id === eventPartId)) {
    throw bad('eventPartId', `no agenda part ${JSON.stringify(eventPartId)} on event ${event.id}`);
  }
  // The content is checked before the type's counter moves.
  const n = c.env.ids.peek(`fan-${type}`) + 1;
  const content = fanContentOf(input, type, n);
  c.env.ids.next(`fan-${type}`);
  const row: EsFanContentRow = {
    // Ids are unique only per type (each type is numbered on its own).
    id: esId('fan', n),
    type,
    event_id: event.id,
    event_part_id: eventPartId ?? null,
    event_date: saleDate(c, event, input.eventDateId),
    submitted_by: text('submittedBy', input.submittedBy) ?? `Fan ${n}`,
    is_guest_submission: flag('guest', input.guest) ?? false,
    is_approved: flag('approved', input.approved) ?? true,
    content,
    created_at: instantMs('createdAt', input.createdAt, c.env.stamp),
  };
  c.state.fanContent.push(row);
  return fanContentJson(c.state, row);
}
