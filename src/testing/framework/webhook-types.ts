/**
 * The types of emulator webhooks (`mock.webhooks`, delivery records and faults, what a vendor plugs in): declarations
 * only, shared by ./types.ts and the delivery hub (./webhooks.ts).
 */

/** A test's webhook receiver: gets the delivery as a WHATWG `Request`; `void` answers 200, a throw answers 500. */
export type WebhookHandler = (request: Request) => Response | void | Promise<Response | void>;

/** Options of `mock.webhooks.subscribe()`: where deliveries go, the secret and the types. */
export interface WebhookSubscribeOptions {
  /** Receives each delivery in-process (a test's handler). */
  handler?: WebhookHandler;
  /**
   * The endpoint URL: what the vendor's body names (Eventbrite `config.endpoint_url`) and where the delivery goes when
   * there is no `handler`: to a handler given to `route(url, …)`, else (in `ticketkit mock-server` only) over HTTP.
   */
  url?: string;
  /** The signing secret (vendors that sign; default: a deterministic one in the vendor's format). */
  secret?: string;
  /** The vendor's event types to receive (its own names, e.g. Eventbrite `order.placed`); default: every type. */
  events?: readonly string[];
}

/** A subscription made with `mock.webhooks.subscribe()`. */
export interface MockWebhookSubscription {
  /** Its id (what `unsubscribe` takes). */
  readonly id: string;
  /** Where deliveries go, or `null` when only the `handler` receives them. */
  readonly url: string | null;
  /** The signing secret, or `null` for a vendor that does not sign (Eventbrite). */
  readonly secret: string | null;
  /** The vendor event types it receives, or `null` for all. */
  readonly events: readonly string[] | null;
}

/** One try at delivering. */
export interface WebhookAttempt {
  /** ISO instant on the emulator clock. */
  at: string;
  /** The receiver's status, or `null` when it could not be reached. */
  status: number | null;
  /** Why it failed (a thrown handler's message, an unreachable URL), or `null`. */
  error: string | null;
  /** The fault applied to this attempt, if any (`duplicate` marks the extra copy). */
  fault: WebhookFault['kind'] | null;
}

/** One message (one state change for one subscription) and its attempts; live, updated as it is delivered. */
export interface WebhookDelivery {
  /** `dlv_1`, `dlv_2`, … in state-change order. */
  id: string;
  /** The subscription it is for. */
  subscriptionId: string;
  /**
   * `mock`: from `mock.webhooks.subscribe`; `vendor`: a subscription held by the vendor (its own endpoints or seed).
   */
  source: 'mock' | 'vendor';
  /** The vendor's event type (`order.created`, `order.placed`, `sale.paid`, …). */
  type: string;
  /** The request as last sent (or as it will be sent); `body` is the exact raw body. */
  request: {
    /** Always `POST`. */
    method: 'POST';
    /** The subscription's URL. */
    url: string;
    /** Request headers as the vendor sends them (signature headers included). */
    headers: Record<string, string>;
    /** The exact raw body (what a signature covers). */
    body: string;
  };
  /** The body, parsed. */
  json: unknown;
  /** `pending` until it is delivered (a 2xx) or fails for good (retries exhausted). */
  status: 'pending' | 'delivered' | 'failed';
  /** Every try so far, in order. */
  attempts: WebhookAttempt[];
  /** When the next attempt is due (ISO, emulator clock), or `null`. */
  nextAttemptAt: string | null;
  /** Why it failed for good (`null` unless `status` is `failed`). */
  error: string | null;
}

/**
 * A delivery fault, applied at the next matching attempt:
 * - `fail`: the attempt fails without reaching the receiver (no `status`: unreachable; with one: as if answered) and is
 *   retried as the vendor does;
 * - `delay`: the attempt is postponed `ms` on the emulator clock (later deliveries may overtake it: a reordering);
 * - `duplicate`: the delivery arrives `times` more times (default 1), byte for byte (the receiver must de-duplicate).
 */
export type WebhookFault =
  | {
      /** The attempt fails and is retried as the vendor retries. */
      kind: 'fail';
      /** Answered with this status; absent, the receiver is unreachable. */
      status?: number;
    }
  | {
      /** The attempt is postponed. */
      kind: 'delay';
      /** By this many milliseconds of the emulator clock. */
      ms: number;
    }
  | {
      /** The delivery arrives more than once. */
      kind: 'duplicate';
      /** Extra copies (default 1). */
      times?: number;
    };

/** Which deliveries a fault applies to: a vendor event type, `'*'` for any, or a predicate over the delivery. */
export type WebhookFaultTarget = string | ((delivery: WebhookDelivery) => boolean);

/** `mock.webhooks.faults`: arms delivery faults on the next matching deliveries. */
export interface WebhookFaultController {
  /** Applies `fault` to the next matching delivery only. */
  once(target: WebhookFaultTarget, fault: WebhookFault): void;
  /** Applies `fault` to the next `n` matching deliveries. */
  times(n: number, target: WebhookFaultTarget, fault: WebhookFault): void;
  /** Applies `fault` to every matching delivery until `clear()`. */
  always(target: WebhookFaultTarget, fault: WebhookFault): void;
  /** Removes every delivery fault. */
  clear(): void;
}

/** `mock.webhooks`. */
export interface MockWebhooks {
  /** Whether this vendor sends webhooks at all (Seaty and Event Vault do not). */
  readonly supported: boolean;
  /** The vendor's event types (its own names). */
  readonly types: readonly string[];
  /** Subscribes a test receiver (or URL) to the vendor's deliveries, without going through the vendor's API. */
  subscribe(options: WebhookSubscribeOptions): MockWebhookSubscription;
  /** Stops deliveries to a subscription (pending ones are dropped); `false` when it was not subscribed. */
  unsubscribe(subscription: MockWebhookSubscription | string): boolean;
  /** Sends deliveries addressed to `url` (by a mock or a vendor subscription) to `handler` instead of the network. */
  route(url: string, handler: WebhookHandler): void;
  /** The subscriptions made with `subscribe` that are still active. */
  readonly subscriptions: ReadonlyArray<MockWebhookSubscription>;
  /** Every delivery, in state-change order (live, read-only). */
  readonly deliveries: ReadonlyArray<WebhookDelivery>;
  /** Delivery faults: failures, delays and duplicates. */
  readonly faults: WebhookFaultController;
  /** Sends every delivery due now and waits for them (does not move the clock). */
  flush(): Promise<void>;
  /**
   * Waits until `n` deliveries have settled (delivered or failed for good), or until none is pending when `n` is not
   * given, moving the emulator clock through delays and retry backoffs as needed. Rejects with a `ConfigError` when
   * fewer than `n` can ever settle.
   */
  waitForDeliveries(n?: number): Promise<ReadonlyArray<WebhookDelivery>>;
}

/** One state change the vendor announces (what a vendor's `env.notify` records). */
export interface WebhookNotification {
  /** The vendor's event type. */
  type: string;
  /** Vendor data for building the body (a snapshot taken when the change happened). */
  payload: unknown;
  /** Emulator clock at the change. */
  at: number;
}

/** Where a delivery goes: a mock subscription or one the vendor holds in its state. */
export interface WebhookTarget {
  id: string;
  url: string | null;
  secret: string | null;
  source: 'mock' | 'vendor';
}

/** The hub's view of the emulator clock. */
export interface WebhookClock {
  now(): number;
  /** Moves the default clock forward to `at`; `false` when the clock was given as an option (read only). */
  advanceTo(at: number): boolean;
}

/** `createMockClient({ webhooks })`: where deliveries to unrouted URLs go, and the base URL they point at. */
export interface WebhookHubOptions {
  /**
   * Sends deliveries to URLs no `route` handles (the mock-server passes the global `fetch`); none: they fail as
   * unreachable.
   */
  fetch?: typeof globalThis.fetch;
  /** The vendor base URL deliveries point at (Eventbrite `api_url`); default: the vendor's default base URL. */
  apiBaseUrl?: string;
}
