/**
 * Every guess the Equaticket emulator makes, in one place: what Equaticket does not document (paths it only implies,
 * REST field names, status values, limits, error choices). Each is the most plausible answer, named `…_GUESS`, and
 * listed in docs/vendors/equaticket.md under "Emulator: rules and guesses". These are the emulator's own copies,
 * written from the vendor's documentation, never read from the adapter, so a wrong guess on one side shows up as a
 * disagreement with the other. Everything else the emulator does is documented by Equaticket.
 */

/**
 * Paths of the operations Equaticket documents (by their scopes) without showing a URL, relative to `/api/v1`:
 * by analogy with the documented `/events`, `/events/{id}/publish`, `/events/{id}/ticket-types`, `/orders`.
 */
export const EQ_PATHS_GUESS = {
  event: '/events/:id',
  cancel: '/events/:id/cancel',
  /** `POST` here is documented; listing with `GET` on the same path is the guess. */
  ticketTypes: '/events/:id/ticket-types',
  ticketType: '/events/:id/ticket-types/:ticketTypeId',
  order: '/orders/:id',
  webhooks: '/webhooks',
  webhook: '/webhooks/:id',
  webhookDeliveries: '/webhooks/:id/deliveries',
} as const;

/** Updates are `PATCH` with a partial body of the create fields. */
export const EQ_UPDATE_METHOD_GUESS = 'PATCH' as const;

/** A single object comes wrapped like a list's items: `{ livemode, data: {...} }`. */
export const EQ_SINGLE_OBJECT_WRAPPED_GUESS = true;

/**
 * REST field names no Equaticket page shows (the documented names come from request bodies, filters and webhook
 * payloads). Ids are `id` (webhooks say `order_id`, `ticket_id`); `quantity_sold` is the sold count; an order lists
 * its lines under `tickets`.
 */
export const EQ_UNDOCUMENTED_FIELDS_GUESS = {
  event: ['id', 'status', 'created_at', 'updated_at'],
  ticketType: ['id', 'event_id', 'quantity_sold', 'created_at', 'updated_at'],
  order: ['id', 'buyer_phone', 'ticket_count', 'tickets', 'created_at', 'updated_at'],
  orderLine: ['ticket_type_id', 'ticket_type_name', 'quantity', 'price'],
  ticket: ['id', 'order_id', 'ticket_type_id', 'buyer_email', 'status', 'created_at', 'updated_at'],
  webhook: ['id', 'url', 'events', 'active', 'created_at', 'secret'],
} as const;

/** Event status values (publishing and cancelling are documented actions; the strings are not). */
export const EQ_EVENT_STATUSES_GUESS = ['draft', 'published', 'cancelled'] as const;

/** Order status values beyond the documented `confirmed`, `refunded`, `partially_refunded`. */
export const EQ_EXTRA_ORDER_STATUSES_GUESS = ['pending', 'cancelled', 'expired'] as const;

/** Ticket status values (the help pages describe valid, refunded and voided tickets; the strings are not shown). */
export const EQ_TICKET_STATUSES_GUESS = ['valid', 'refunded', 'voided'] as const;

/** The page size when `limit` is absent. */
export const EQ_DEFAULT_LIMIT_GUESS = 20;

/** The largest `limit` accepted; above it the request is a 400 `validation_error` with `param: "limit"`. */
export const EQ_MAX_LIMIT_GUESS = 100;

/** A client-sent `X-Request-Id` up to this length is echoed; a longer one is replaced by a `req_…` id. */
export const EQ_REQUEST_ID_MAX_GUESS = 256;

/** The same `Idempotency-Key` with other parameters is a 409 `conflict` (Stripe answers 400). */
export const EQ_IDEMPOTENCY_MISMATCH_STATUS_GUESS = 409;

/** Keys are scoped per API key (so per mode). `PATCH` and `DELETE` ignore the header (documented for POST only). */
export const EQ_IDEMPOTENT_METHODS_GUESS = ['POST'] as const;

/** Publishing an event without a ticket type is a 422 `unprocessable`; publishing twice, or a cancelled event, a 409. */
export const EQ_PUBLISH_NEEDS_TICKET_TYPE_GUESS = true;

/** A cancelled event cannot be updated or get ticket types: 409 `conflict`. */
export const EQ_CANCELLED_IS_FINAL_GUESS = true;

/** Currency codes must be sent in lowercase (an uppercase code is a 400). */
export const EQ_CURRENCY_LOWERCASE_ONLY_GUESS = true;

/** The writable event fields: exactly the documented create fields (no end time, venue or description). */
export const EQ_EVENT_WRITABLE_FIELDS_GUESS = ['title', 'slug', 'timezone', 'starts_at', 'currency'] as const;

/** The writable ticket type fields: exactly the documented create fields. */
export const EQ_TICKET_TYPE_WRITABLE_FIELDS_GUESS = ['name', 'price', 'currency', 'quantity_total'] as const;

/** The webhook subscription body. */
export const EQ_WEBHOOK_FIELDS_GUESS = ['url', 'events', 'active'] as const;

/** A slug: lowercase letters, digits and dashes, unique per organization (a clash is a 409 `conflict`). */
export const EQ_SLUG_PATTERN_GUESS = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Deleting a ticket type that has sold tickets is a 409 `conflict`; capacity cannot go below what is sold (400). */
export const EQ_SOLD_TYPES_ARE_KEPT_GUESS = true;

/** The signing secret is shown once, in the create response, as `secret`, in this form. */
export const eqWebhookSecretGuess = (subscriptionId: string): string => `whsec_emulated_${subscriptionId.replace(/-/g, '')}`;

/** `GET /public/events` for an unknown `org_slug` is a 404 `not_found` (not an empty list). */
export const EQ_UNKNOWN_ORG_IS_404_GUESS = true;

/** The test-data reset takes an `sk_test_` key and answers 204; a live key gets 403 `forbidden`. */
export const EQ_RESET_NEEDS_TEST_KEY_GUESS = true;

/** A 429 may carry `Retry-After` (seconds); the emulator sends it when the fault gives a delay. */
export const EQ_RETRY_AFTER_ON_429_GUESS = true;

// ---- webhooks (docs/vendors/equaticket.md, "Webhooks": the signature scheme and retries are not documented) ----

/** The signature header: Stripe-style `Equaticket-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const EQ_WEBHOOK_SIGNATURE_HEADER_GUESS = 'Equaticket-Signature';

/** The bytes signed with the subscription's secret: `"<t>.<raw body>"`, `t` the attempt's unix seconds. */
export const eqWebhookSignedPayloadGuess = (t: number, body: string): string => `${t}.${body}`;

/** The delivery's User-Agent. */
export const EQ_WEBHOOK_USER_AGENT_GUESS = 'Equaticket-Webhooks/1.0';

/**
 * Retries: any non-2xx answer or an unreachable endpoint is tried again after these delays (exponential backoff over
 * about two days), then given up.
 */
export const EQ_WEBHOOK_RETRY_DELAYS_MS_GUESS = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000, 86_400_000] as const;

/**
 * The rest of the `ticket.checked_in` payload (the documented copy stops after `buyer_name`): the order, the buyer's
 * email, the ticket type and the check-in time.
 */
export const EQ_CHECKED_IN_EXTRA_FIELDS_GUESS = ['order_id', 'buyer_email', 'ticket_type_id', 'ticket_type_name', 'checked_in_at'] as const;

/** A subscription belongs to the mode of the key that made it: test activity goes to test subscriptions only. */
export const EQ_WEBHOOKS_PER_MODE_GUESS = true;

/** A mock subscription's default signing secret, in the form of the secrets the create endpoint returns. */
export const eqMockWebhookSecretGuess = (n: number): string => `whsec_emulated_mock${String(n).padStart(6, '0')}`;

/**
 * The rate limit's window: Equaticket's message says to retry "after the window resets", so a fixed minute, counted
 * per API key (documented: per key), is the guess.
 */
export const EQ_RATE_WINDOW_GUESS = 'fixed' as const;

/**
 * The plan of the emulator's organization, which sets its per-key limit (documented figures: free 60, starter 100,
 * growth 300, pro 600 a minute). Free, the lowest, like a client that is not told its plan.
 */
export const EQ_EMULATOR_PLAN_GUESS = 'free' as const;
