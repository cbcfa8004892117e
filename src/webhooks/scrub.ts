/**
 * What must not travel further than the receiver: Event Schedule's sale `secret` (the ticket-access secret, which
 * opens the buyer's tickets) and Eventbrite's `config.endpoint_url` (the receiving URL: Eventbrite signs nothing, so
 * that URL being secret is what keeps its deliveries private). They are replaced in `raw` (and an unknown event's
 * `data`) so that logging an event leaks neither. Only those known places are touched: shallow copies, no recursion
 * over a stranger's arbitrarily deep JSON.
 */
import { isObject, type JsonObject } from './vendors/shared.js';

export const REDACTED = '[redacted]';

/** `object` with `key` replaced by `'[redacted]'` when present (a copy; the input is not changed). */
export function withoutKey(object: JsonObject, key: string): JsonObject {
  return Object.prototype.hasOwnProperty.call(object, key) ? { ...object, [key]: REDACTED } : object;
}

/** Event Schedule: the body with `data.secret` redacted. */
export function scrubEventSchedule(body: JsonObject): JsonObject {
  return isObject(body.data) ? { ...body, data: withoutKey(body.data, 'secret') } : body;
}

/** Eventbrite: the body with `config.endpoint_url` redacted. */
export function scrubEventbrite(body: JsonObject): JsonObject {
  return isObject(body.config) ? { ...body, config: withoutKey(body.config, 'endpoint_url') } : body;
}
