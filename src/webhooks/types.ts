/**
 * The public types of `ticketkit/webhooks`: the options of `verifyWebhook` and the `WebhookEvent` union it returns.
 * The vendor → normalized type tables are in docs/webhooks.md, "Event types".
 */
import type { Attendee, Event, NormalizedWebhookType, Order, TicketType } from '../core/model.js';
import type { ProviderId } from '../core/providers.js';

/** The vendors that push webhooks (Seaty and Event Vault document none). */
export type WebhookProvider = 'equaticket' | 'eventbrite' | 'event-schedule';

/** A raw request body: the exact bytes the vendor sent, before any JSON parsing. */
export type RawWebhookBody = string | Uint8Array | ArrayBuffer;

/** Request headers: a WHATWG `Headers`, or a plain record such as node's `req.headers` (names in any case). */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * How Equaticket signs its deliveries. Equaticket documents that it signs every delivery but not how (see
 * docs/webhooks.md, "Equaticket: the signature is a guess"), so both parts are configurable:
 * - `'timestamp-v1'` (the default, a guess): `<header>: t=<unix seconds>,v1=<hex>[,v1=<hex>…]`, the hex HMAC-SHA256
 *   of `"<t>.<raw body>"`; `t` must be within the tolerance;
 * - `'sha256-body'` (the second guess): `<header>: sha256=<hex>`, the hex HMAC-SHA256 of the raw body alone.
 */
export type EquaticketSignatureScheme = 'timestamp-v1' | 'sha256-body';

/** Overrides of Equaticket's guessed signature scheme (`verifyWebhook({ signature })`, Equaticket only). */
export interface EquaticketSignatureOptions {
  /** The header that carries the signature; default `EQUATICKET_SIGNATURE_HEADER_GUESS` (`Equaticket-Signature`). */
  header?: string;
  /** Default `EQUATICKET_SIGNATURE_SCHEME_GUESS` (`'timestamp-v1'`). */
  scheme?: EquaticketSignatureScheme;
}

/** The options of `verifyWebhook`. */
export interface VerifyWebhookOptions {
  /** The vendor that sent the delivery. Seaty and Event Vault have no webhooks: `UnsupportedCapabilityError`. */
  provider: ProviderId;
  /**
   * The **raw** body: a string, a `Uint8Array` (a node `Buffer` is one) or an `ArrayBuffer`, exactly as received; or a
   * WHATWG `Request`, whose body is read (up to `maxBodyBytes`) and whose headers are used. A parsed object is refused:
   * a signature covers bytes, and re-serializing parsed JSON does not give them back.
   */
  body: RawWebhookBody | Request;
  /** The request headers (not needed when `body` is a `Request`; giving both is a `ValidationError`). */
  headers?: WebhookHeaders;
  /**
   * The signing secret of the subscription, or several while a rotation overlaps (any one may match). Required for
   * signed vendors (Equaticket, Event Schedule): a missing or empty secret is a `ConfigError`. Eventbrite signs
   * nothing and takes none.
   */
  secret?: string | readonly string[];
  /**
   * How far (in seconds) a signed timestamp may be from `now`, either way. Equaticket: default
   * `EQUATICKET_TOLERANCE_SECONDS_GUESS` (300). Event Schedule signs no timestamp in its scheme: by default none is
   * checked; given, it applies to the body's signed `timestamp`. `0` turns the check off.
   */
  toleranceSeconds?: number;
  /** The current time for the tolerance check (a `Date` or epoch milliseconds); default `Date.now()`. */
  now?: Date | number;
  /** The largest body accepted, in bytes; default `WEBHOOK_MAX_BODY_BYTES` (1 MiB). A larger one is refused unread. */
  maxBodyBytes?: number;
  /** Equaticket only: overrides of the guessed signature header and scheme. */
  signature?: EquaticketSignatureOptions;
}

/** The kinds of entity a webhook can be about. */
export type WebhookEntityKind = 'order' | 'event' | 'attendee' | 'ticket_type' | 'organizer' | 'venue';

/**
 * What a webhook is about, as ids: enough for `resolveWebhook` to fetch the entity, and for a handler to look it up
 * in its own store without fetching. Ids are normalized (they route `client.<resource>.get(id)`).
 */
export interface WebhookRef<K extends WebhookEntityKind = WebhookEntityKind> {
  /** What the entity is (`order`, `event`, `attendee`, `ticket_type`...). */
  kind: K;
  /** The entity's normalized id, or `null` when the payload does not give it. */
  id: string | null;
  /** The vendor's own key of the entity. */
  remoteId: string | null;
  /** The normalized id of the event the entity belongs to (the event's own id for an event), when known. */
  eventId: string | null;
  /**
   * Eventbrite: the delivery's `api_url` as sent (ids above are read from its path). It is a stranger's input until
   * `resolveWebhook` has checked it is on the client's own origin; never fetch it yourself with your token.
   */
  url: string | null;
}

/** The fields every webhook event has. */
export interface WebhookEventBase<T extends string, D, K extends WebhookEntityKind | null> {
  /** The vendor that sent it. */
  provider: WebhookProvider;
  /** The normalized type, the same across vendors (`'order.created'`), or `'unknown'`. */
  type: T;
  /** The vendor's own type (`'sale.created'`, `'order.placed'`, Eventbrite's `config.action`). */
  typeRaw: string;
  /**
   * The vendor's id of this delivery (Equaticket `evt_…`), the same on every retry of it: de-duplicate on it
   * (`webhookDedupeKey`). `null` when the vendor sends none (Eventbrite, Event Schedule).
   */
  id: string | null;
  /** When the vendor says the event happened or the delivery was built (ISO-8601 UTC with `Z`), else `null`. */
  occurredAt: string | null;
  /**
   * The normalized entity built from the payload by the vendor adapter's own normalizers, or `null` when the payload
   * is too thin to build one (Eventbrite sends only a URL; Equaticket's `order.refunded` has no amount): then
   * `await resolveWebhook(client, event)` fetches it.
   */
  data: D | null;
  /** What the event is about, as ids (`null` when the payload names nothing, e.g. an `unknown` event). */
  ref: K extends WebhookEntityKind ? WebhookRef<K> | null : null;
  /** Data problems met while normalizing (an unknown currency, a payload field of an unexpected type). */
  warnings: string[];
  /**
   * The parsed body as the vendor sent it, minus what must not travel further: Event Schedule's sale `secret` (the
   * ticket-access secret) and Eventbrite's `config.endpoint_url` (the receiving URL, which is the only thing keeping
   * Eventbrite deliveries private) are replaced by `'[redacted]'`.
   */
  raw: unknown;
}

/**
 * Normalized order event types. Event Schedule: scans and pass bookings act on a whole sale, so they are order
 * events.
 */
export type OrderWebhookType =
  | 'order.created'
  | 'order.updated'
  | 'order.paid'
  | 'order.refunded'
  | 'order.cancelled'
  | 'order.checked_in'
  | 'order.booked'
  | 'order.booking_cancelled'
  | 'order.installment_paid'
  | 'order.installment_failed';
/** The normalized types of event webhooks (`data` is an `Event`). */
export type EventWebhookType =
  | 'event.created'
  | 'event.updated'
  | 'event.published'
  | 'event.unpublished'
  | 'event.cancelled'
  | 'event.deleted'
  | 'event.sold_out';
/** The normalized types of attendee webhooks (`data` is an `Attendee`). */
export type AttendeeWebhookType = 'attendee.checked_in' | 'attendee.checked_out' | 'attendee.updated';
/** The normalized types of ticket type webhooks (`data` resolves to a `TicketType`). */
export type TicketTypeWebhookType = 'ticket_type.created' | 'ticket_type.updated' | 'ticket_type.deleted';
/** Eventbrite objects with no normalized model: `resolveWebhook` returns the vendor's JSON object. */
export type OtherWebhookType = 'organizer.updated' | 'venue.updated';

/** An order changed: `data` is the normalized `Order` (or `null`: resolve it). */
export type OrderWebhookEvent = WebhookEventBase<OrderWebhookType, Order, 'order'>;
/** An event changed: `data` is the normalized `Event` (or `null`: resolve it). */
export type EventWebhookEvent = WebhookEventBase<EventWebhookType, Event, 'event'>;
/** An attendee (a ticket) changed: `data` is the normalized `Attendee` (or `null`: resolve it). */
export type AttendeeWebhookEvent = WebhookEventBase<AttendeeWebhookType, Attendee, 'attendee'>;
/** A ticket type changed: `data` is `null` (Eventbrite sends a URL): resolve it to a `TicketType`. */
export type TicketTypeWebhookEvent = WebhookEventBase<TicketTypeWebhookType, TicketType, 'ticket_type'>;
/** An Eventbrite organizer or venue changed: `data` is `null`; `resolveWebhook` returns the vendor's object. */
export type OtherWebhookEvent = WebhookEventBase<OtherWebhookType, Record<string, unknown>, 'organizer' | 'venue'>;

/** A buyer rated an event (Event Schedule's `feedback.submitted`); there is no normalized feedback model. */
export interface WebhookFeedback {
  /** The normalized id of the event rated, when given. */
  eventId: string | null;
  /** The event's name, when given. */
  eventName: string | null;
  /** The occurrence's local calendar date (`YYYY-MM-DD`), when given. */
  eventDate: string | null;
  /** Who rated it, when given. */
  name: string | null;
  /** Their email, when given. */
  email: string | null;
  /** 1–5. */
  rating: number | null;
  /** Their comment, when given. */
  comment: string | null;
}
/** A buyer rated an event (Event Schedule): `data` is a `WebhookFeedback`. */
export type FeedbackWebhookEvent = WebhookEventBase<'feedback.submitted', WebhookFeedback, 'event'>;

/**
 * A vendor type ticketkit does not know (a new one, or Eventbrite's `test` ping): passed through, never thrown.
 * `data` is the vendor's payload object as sent (scrubbed like `raw`).
 */
export interface UnknownWebhookEvent extends Omit<WebhookEventBase<'unknown', never, null>, 'data'> {
  /** The vendor's payload object as sent (scrubbed like `raw`). */
  data: unknown;
}

/**
 * A verified, normalized webhook: `switch (event.type)` narrows `data` (`Order` for `order.*`, `Event` for
 * `event.*`, `Attendee` for `attendee.*`, …).
 */
export type WebhookEvent =
  | OrderWebhookEvent
  | EventWebhookEvent
  | AttendeeWebhookEvent
  | TicketTypeWebhookEvent
  | OtherWebhookEvent
  | FeedbackWebhookEvent
  | UnknownWebhookEvent;

/** Every normalized webhook type, `'unknown'` included. */
export type WebhookEventType = WebhookEvent['type'];

// The event union and the model's list of normalized types (what subscriptions take) are one list: a type added to
// one and not the other fails to compile here.
type SameTypes<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const webhookTypesAgree: SameTypes<Exclude<WebhookEventType, 'unknown'>, NormalizedWebhookType> = true;
void webhookTypesAgree;

/** The events `resolveWebhook` can fetch an entity for. */
export type ResolvableWebhookEvent = Exclude<WebhookEvent, UnknownWebhookEvent>;

/** What `resolveWebhook` returns for an event: its full entity (`Order` for an order event, …). */
export type ResolvedWebhookData<E extends ResolvableWebhookEvent> = NonNullable<E['data']>;
