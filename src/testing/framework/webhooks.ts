/**
 * Webhook deliveries of an emulator (`mock.webhooks`): every state change the vendor would announce becomes one
 * delivery per matching subscription, queued in state-change order and sent after the response of the request that
 * caused it (a delivery never fails or slows a mock request). Failed attempts are retried on the emulator clock with
 * the vendor's policy; faults (`fail`, `delay`, `duplicate`) let a test exercise a handler's retries and
 * de-duplication. Vendor-neutral: the vendor definition builds each request (body, headers, signature).
 */
import { ConfigError, type ProviderId } from '../../core/errors.js';
import { assertKnownKeys, closestKey } from '../../core/strict.js';
import type { EmulatorEnv, EmulatorWebhooks } from './types.js';
import type {
  MockWebhooks,
  MockWebhookSubscription,
  WebhookClock,
  WebhookDelivery,
  WebhookFault,
  WebhookFaultController,
  WebhookFaultTarget,
  WebhookHandler,
  WebhookHubOptions,
  WebhookNotification,
  WebhookSubscribeOptions,
  WebhookTarget,
} from './webhook-types.js';

export type * from './webhook-types.js';

/** How long a URL delivery may take before it counts as unreachable (real time; only `mock-server` sends over HTTP). */
const URL_DELIVERY_TIMEOUT_MS = 10_000;
/** The `Request` URL a handler subscription without a `url` receives. */
const HANDLER_URL = 'https://webhook-receiver.invalid/';
const SUBSCRIBE_KEYS = ['handler', 'url', 'secret', 'events'] as const;
const FAULT_KEYS: Record<WebhookFault['kind'], readonly string[]> = {
  fail: ['kind', 'status'],
  delay: ['kind', 'ms'],
  duplicate: ['kind', 'times'],
};

const realSetImmediate = typeof setImmediate === 'function' ? setImmediate : null;
const later = (run: () => void): void => {
  if (realSetImmediate) realSetImmediate(run);
  else void Promise.resolve().then(run);
};

interface MockTarget extends WebhookTarget {
  handler: WebhookHandler | null;
  events: readonly string[] | null;
}

interface Job {
  delivery: WebhookDelivery;
  notification: WebhookNotification;
  target: WebhookTarget;
  handler: WebhookHandler | null;
  dueAt: number;
  seq: number;
  failures: number;
}

interface ArmedFault {
  target: WebhookFaultTarget;
  fault: WebhookFault;
  remaining: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The hex HMAC-SHA256 of `message` with `secret` (Web Crypto), for vendors' signatures. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  let hex = '';
  for (const byte of signature) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The webhook side of one emulator. */
export class WebhookHub<S> implements MockWebhooks {
  readonly supported: boolean;
  readonly types: readonly string[];
  private readonly targets: MockTarget[] = [];
  readonly deliveries: WebhookDelivery[] = [];
  readonly faults: WebhookFaultController;
  private readonly routes = new Map<string, WebhookHandler>();
  private readonly armed: ArmedFault[] = [];
  private jobs: Job[] = [];
  private running: Promise<void> | null = null;
  private kickScheduled = false;
  private generation = 0;
  private subscriptionCount = 0;
  private seq = 0;
  /** No notification is recorded while the seed builds the starting state. */
  muted = true;

  constructor(
    private readonly provider: ProviderId,
    private readonly definition: EmulatorWebhooks<S> | undefined,
    private readonly env: () => EmulatorEnv<S>,
    private readonly clock: WebhookClock,
    private readonly defaultApiBaseUrl: string,
    private readonly options: WebhookHubOptions = {},
  ) {
    this.supported = definition !== undefined;
    this.types = definition?.types ?? [];
    this.faults = {
      once: (target, fault) => this.arm(1, target, fault),
      times: (n, target, fault) => {
        if (!Number.isInteger(n) || n < 1) throw this.error(`webhooks.faults.times needs a positive integer count (got ${JSON.stringify(n)}).`);
        this.arm(n, target, fault);
      },
      always: (target, fault) => this.arm(Number.POSITIVE_INFINITY, target, fault),
      clear: () => {
        this.armed.length = 0;
      },
    };
  }

  get subscriptions(): ReadonlyArray<MockWebhookSubscription> {
    return this.targets.map(publicView);
  }

  // ---- the vendor side ----

  /** Records a state change the vendor announces; one delivery per matching subscription, sent after the response. */
  notify(type: string, payload: unknown): void {
    const definition = this.definition;
    if (this.muted || definition === undefined) return;
    if (!definition.types.includes(type)) throw new Error(`Emulator bug: ${this.provider} does not send webhook type ${type}.`);
    const notification: WebhookNotification = { type, payload: structuredClone(payload), at: this.clock.now() };
    const targets: Array<{ target: WebhookTarget; handler: WebhookHandler | null }> = [];
    for (const sub of this.targets) {
      if (sub.events === null || sub.events.includes(type)) targets.push({ target: sub, handler: sub.handler });
    }
    for (const target of definition.stored?.(this.env(), notification) ?? []) targets.push({ target, handler: null });
    for (const { target, handler } of targets) this.enqueue(notification, target, handler);
    if (targets.length > 0) this.kick();
  }

  /** Called when the emulator clock moves: retries and delayed deliveries may now be due. */
  kick(): void {
    if (this.kickScheduled || this.jobs.length === 0) return;
    this.kickScheduled = true;
    later(() => {
      this.kickScheduled = false;
      void this.run();
    });
  }

  /** `reset()`: drops deliveries, pending attempts and faults; subscriptions and routes stay (they are the test's receivers). */
  reset(): void {
    this.generation += 1;
    this.jobs = [];
    this.deliveries.length = 0;
    this.armed.length = 0;
    this.seq = 0;
    this.muted = true;
  }

  // ---- the test side ----

  subscribe(options: WebhookSubscribeOptions): MockWebhookSubscription {
    const definition = this.requireWebhooks('subscribe');
    if (options === null || typeof options !== 'object') throw this.error('webhooks.subscribe needs { handler } or { url } (plus optional secret and events).');
    assertKnownKeys(this.provider, 'webhooks.subscribe options', options, SUBSCRIBE_KEYS, 'config');
    const { handler, url, secret, events } = options;
    if (handler !== undefined && typeof handler !== 'function') throw this.error('webhooks.subscribe: `handler` must be a function (request: Request) => Response | void.');
    if (handler === undefined && url === undefined) throw this.error('webhooks.subscribe needs a `handler` (a function taking a Request) or a `url`.');
    if (url !== undefined) this.checkUrl('url', url);
    if (secret !== undefined) {
      if (!definition.signed) throw this.error(`${this.provider} does not sign its webhook deliveries: a subscription takes no \`secret\`.`);
      if (typeof secret !== 'string' || secret === '') throw this.error('webhooks.subscribe: `secret` must be a non-empty string.');
    }
    const n = ++this.subscriptionCount;
    const subscription: MockTarget = {
      id: definition.subscriptionId?.(n) ?? `sub_${n}`,
      url: url ?? null,
      secret: definition.signed ? (secret ?? definition.defaultSecret?.(n) ?? `whsec_emulated_${n}`) : null,
      source: 'mock',
      handler: handler ?? null,
      events: events === undefined ? null : this.checkTypes(events),
    };
    this.targets.push(subscription);
    return publicView(subscription);
  }

  unsubscribe(subscription: MockWebhookSubscription | string): boolean {
    const id = typeof subscription === 'string' ? subscription : subscription?.id;
    const index = this.targets.findIndex((s) => s.id === id);
    if (index < 0) return false;
    this.targets.splice(index, 1);
    this.jobs = this.jobs.filter((job) => {
      if (job.target.id !== id || job.target.source !== 'mock') return true;
      this.settle(job, 'failed', 'unsubscribed before it was delivered');
      return false;
    });
    return true;
  }

  route(url: string, handler: WebhookHandler): void {
    this.requireWebhooks('route');
    this.checkUrl('url', url);
    if (typeof handler !== 'function') throw this.error('webhooks.route needs a handler function (request: Request) => Response | void.');
    this.routes.set(url, handler);
  }

  async flush(): Promise<void> {
    for (;;) {
      if (this.running) await this.running;
      if (!this.hasDue()) return;
      await this.run();
    }
  }

  async waitForDeliveries(n?: number): Promise<ReadonlyArray<WebhookDelivery>> {
    if (n !== undefined && (!Number.isInteger(n) || n < 0)) throw this.error(`waitForDeliveries needs a non-negative integer count (got ${JSON.stringify(n)}).`);
    for (;;) {
      await this.flush();
      const settled = this.deliveries.filter((d) => d.status !== 'pending').length;
      if (n === undefined ? this.jobs.length === 0 : settled >= n) return [...this.deliveries];
      const next = this.jobs.reduce((min, job) => Math.min(min, job.dueAt), Number.POSITIVE_INFINITY);
      if (next === Number.POSITIVE_INFINITY) {
        throw this.error(`waitForDeliveries(${n}): ${settled} ${settled === 1 ? 'delivery has' : 'deliveries have'} settled and none is pending.`);
      }
      if (!this.clock.advanceTo(next)) {
        throw this.error(
          `waitForDeliveries: the next attempt is due at ${iso(next)} on the emulator clock, which the kit cannot move (the clock was given as an option): move your clock and call flush().`,
        );
      }
    }
  }

  // ---- delivery ----

  private enqueue(notification: WebhookNotification, target: WebhookTarget, handler: WebhookHandler | null): void {
    const seq = ++this.seq;
    const delivery: WebhookDelivery = {
      id: `dlv_${seq}`,
      subscriptionId: target.id,
      source: target.source,
      type: notification.type,
      request: { method: 'POST', url: target.url ?? HANDLER_URL, headers: {}, body: '' },
      json: null,
      status: 'pending',
      attempts: [],
      nextAttemptAt: iso(notification.at),
      error: null,
    };
    this.deliveries.push(delivery);
    this.jobs.push({ delivery, notification, target, handler, dueAt: notification.at, seq, failures: 0 });
  }

  private hasDue(): boolean {
    const now = this.clock.now();
    return this.jobs.some((job) => job.dueAt <= now);
  }

  /** The earliest due job, in (due time, state-change order). */
  private nextDue(): Job | null {
    const now = this.clock.now();
    let best: Job | null = null;
    for (const job of this.jobs) {
      if (job.dueAt > now) continue;
      if (best === null || job.dueAt < best.dueAt || (job.dueAt === best.dueAt && job.seq < best.seq)) best = job;
    }
    return best;
  }

  private run(): Promise<void> {
    if (this.running) return this.running;
    const running = (async () => {
      for (let job = this.nextDue(); job !== null; job = this.nextDue()) await this.attempt(job);
    })().finally(() => {
      this.running = null;
    });
    this.running = running;
    return running;
  }

  private async attempt(job: Job): Promise<void> {
    const generation = this.generation;
    const definition = this.definition!;
    const fault = this.takeFault(job.delivery);
    const now = this.clock.now();
    if (fault?.kind === 'delay') {
      job.dueAt = now + fault.ms;
      job.delivery.nextAttemptAt = iso(job.dueAt);
      return;
    }
    const apiBaseUrl = this.options.apiBaseUrl ?? this.defaultApiBaseUrl;
    const built = await definition.request(job.notification, job.target, { env: this.env(), now, apiBaseUrl });
    if (generation !== this.generation) return;
    const request = { method: 'POST' as const, url: job.target.url ?? HANDLER_URL, headers: { ...built.headers }, body: built.body };
    job.delivery.request = request;
    job.delivery.json = parseJson(built.body);
    const result = fault?.kind === 'fail' ? failedByFault(fault) : await this.send(job, request);
    if (generation !== this.generation) return;
    job.delivery.attempts.push({ at: iso(now), status: result.status, error: result.error, fault: fault?.kind === 'fail' ? 'fail' : null });
    const verdict = fault?.kind === 'fail' ? undefined : definition.onAnswer?.(this.env(), job.target, result.status);
    if (verdict === 'unsubscribe' && job.target.source === 'mock') {
      // This attempt's failure is settled below; the subscription's other pending deliveries end with it.
      this.remove(job);
      this.unsubscribe(job.target.id);
    }
    if (isOk(result.status)) {
      for (let i = 0; fault?.kind === 'duplicate' && i < (fault.times ?? 1); i++) {
        const copy = await this.send(job, request);
        if (generation !== this.generation) return;
        job.delivery.attempts.push({ at: iso(now), status: copy.status, error: copy.error, fault: 'duplicate' });
      }
      this.remove(job);
      this.settle(job, 'delivered', null);
      return;
    }
    job.failures += 1;
    const wait = definition.retryDelayMs(job.failures, result.status);
    if (wait === null) {
      this.remove(job);
      this.settle(job, 'failed', result.error ?? `answered ${result.status}`);
      return;
    }
    job.dueAt = now + wait;
    job.delivery.nextAttemptAt = iso(job.dueAt);
  }

  private async send(job: Job, request: WebhookDelivery['request']): Promise<{ status: number | null; error: string | null }> {
    const handler = job.handler ?? (job.target.url !== null ? (this.routes.get(job.target.url) ?? null) : null);
    if (handler !== null) return callHandler(handler, request);
    if (job.target.url !== null && this.options.fetch) return postTo(this.options.fetch, request);
    return { status: null, error: `nothing receives ${job.target.url ?? 'this subscription'}: route it with mock.webhooks.route(url, handler)` };
  }

  private remove(job: Job): void {
    this.jobs = this.jobs.filter((j) => j !== job);
  }

  private settle(job: Job, status: 'delivered' | 'failed', error: string | null): void {
    job.delivery.status = status;
    job.delivery.nextAttemptAt = null;
    job.delivery.error = error;
  }

  // ---- faults ----

  private arm(remaining: number, target: WebhookFaultTarget, fault: WebhookFault): void {
    this.requireWebhooks('faults');
    if (typeof target === 'string') {
      if (target !== '*' && !this.types.includes(target)) {
        const guess = closestKey(target, this.types);
        throw this.error(
          `${JSON.stringify(target)} is not a ${this.provider} webhook type${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; it sends: ${this.types.join(', ')} (or '*' for any).`,
        );
      }
    } else if (typeof target !== 'function') {
      throw this.error("A webhook fault target is an event type, '*' or a predicate over the delivery.");
    }
    const kind = (fault as { kind?: unknown } | null)?.kind;
    if (!fault || typeof fault !== 'object' || typeof kind !== 'string' || !Object.hasOwn(FAULT_KEYS, kind)) {
      throw this.error(`Unknown webhook fault ${safeJson(fault)}: kind must be one of ${Object.keys(FAULT_KEYS).join(', ')}.`);
    }
    assertKnownKeys(this.provider, `${kind} webhook fault`, fault, FAULT_KEYS[kind as WebhookFault['kind']], 'config');
    if (fault.kind === 'fail' && fault.status !== undefined && !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)) {
      throw this.error(`A fail fault's status is between 100 and 599 (got ${safeJson(fault.status)}).`);
    }
    if (fault.kind === 'delay' && !(typeof fault.ms === 'number' && Number.isFinite(fault.ms) && fault.ms >= 0)) {
      throw this.error(`A delay fault needs ms >= 0 (got ${safeJson(fault.ms)}).`);
    }
    if (fault.kind === 'duplicate' && fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times >= 1)) {
      throw this.error(`A duplicate fault's times is a positive integer (got ${safeJson(fault.times)}).`);
    }
    this.armed.push({ target, fault: { ...fault }, remaining });
  }

  private takeFault(delivery: WebhookDelivery): WebhookFault | null {
    for (let i = 0; i < this.armed.length; i++) {
      const armed = this.armed[i]!;
      const hit = typeof armed.target === 'string' ? armed.target === '*' || armed.target === delivery.type : safePredicate(armed.target, delivery);
      if (!hit) continue;
      armed.remaining -= 1;
      if (armed.remaining <= 0) this.armed.splice(i, 1);
      return armed.fault;
    }
    return null;
  }

  // ---- checks ----

  private requireWebhooks(what: string): EmulatorWebhooks<S> {
    if (this.definition === undefined) {
      throw this.error(`${this.provider} sends no webhooks (none are documented), so mock.webhooks.${what} has nothing to deliver.`);
    }
    return this.definition;
  }

  private checkTypes(events: unknown): string[] {
    if (!Array.isArray(events) || events.length === 0) throw this.error(`webhooks.subscribe: \`events\` must be a non-empty array of ${this.provider} webhook types.`);
    for (const type of events) {
      if (typeof type !== 'string' || !this.types.includes(type)) {
        const guess = typeof type === 'string' ? closestKey(type, this.types) : null;
        throw this.error(
          `webhooks.subscribe: ${safeJson(type)} is not a ${this.provider} webhook type${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; it sends: ${this.types.join(', ')}.`,
        );
      }
    }
    return [...new Set(events as string[])];
  }

  private checkUrl(field: string, url: unknown): void {
    let parsed: URL | null = null;
    try {
      parsed = typeof url === 'string' ? new URL(url) : null;
    } catch {
      parsed = null;
    }
    if (parsed === null || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw this.error(`webhooks: \`${field}\` must be an absolute http(s) URL (got ${safeJson(url)}).`);
    }
  }

  private error(message: string): ConfigError {
    return new ConfigError({ provider: this.provider, message });
  }
}

function publicView(target: MockTarget): MockWebhookSubscription {
  return { id: target.id, url: target.url, secret: target.secret, events: target.events };
}

function isOk(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

function failedByFault(fault: Extract<WebhookFault, { kind: 'fail' }>): { status: number | null; error: string } {
  return fault.status === undefined
    ? { status: null, error: 'unreachable (fail fault)' }
    : { status: fault.status, error: `answered ${fault.status} (fail fault)` };
}

async function callHandler(handler: WebhookHandler, request: WebhookDelivery['request']): Promise<{ status: number | null; error: string | null }> {
  try {
    const answer = await handler(new Request(request.url, { method: 'POST', headers: request.headers, body: request.body }));
    if (answer instanceof Response) return { status: answer.status, error: isOk(answer.status) ? null : `answered ${answer.status}` };
    return { status: 200, error: null };
  } catch (error) {
    return { status: 500, error: `the handler threw: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function postTo(fetch: typeof globalThis.fetch, request: WebhookDelivery['request']): Promise<{ status: number | null; error: string | null }> {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(URL_DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return { status: response.status, error: isOk(response.status) ? null : `answered ${response.status}` };
  } catch (error) {
    return { status: null, error: `unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function safePredicate(predicate: (delivery: WebhookDelivery) => boolean, delivery: WebhookDelivery): boolean {
  try {
    return predicate(delivery) === true;
  } catch {
    return false;
  }
}
