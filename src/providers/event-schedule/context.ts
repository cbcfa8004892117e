/**
 * What the normalized resources need from an Event Schedule client (`EventScheduleContext`: not the whole client),
 * and the secondary reads they share: a schedule's time zone and a sale's event, each read once per call or
 * listing (docs/vendors/event-schedule.md, "Events", "Sales (orders) and attendees").
 */
import {
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  ServerError,
  TimeoutError,
} from '../../core/errors.js';
import type { NormalizeContext } from '../../core/normalize.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import type { EsPageRequest, EsRawPage, EventScheduleNative } from './endpoints.js';
import { isValidTimeZone, saleEventFacts, timezoneSubdomain, type SaleEventFacts } from './normalize.js';
import type { EsEvent, EsSale } from './schemas.js';

/** The narrow interface the resources are written against. */
export interface EventScheduleContext {
  readonly provider: 'event-schedule';
  /** The native layer, unguarded: its errors reach the normalized call as they are. */
  readonly native: EventScheduleNative;
  /** Fetches one page of a paginated route (sales, events) with the client's pipeline. */
  fetchPage<T>(request: EsPageRequest<T>): Promise<EsRawPage<T>>;
  /** The normalize context of a call: raw payloads when asked, data warnings to the client's log. */
  normalize(options: RequestOptions | undefined): NormalizeContext;
  readonly log: HttpPipeline['log'];
  /** The schedule `events.create` uses by default (`config.schedule`), or `null`. */
  readonly schedule: string | null;
}

/** Call options for a secondary lookup: no `raw` or idempotency key. */
export function lookupOptions(options: RequestOptions | undefined): RequestOptions | undefined {
  if (!options) return undefined;
  const { raw: _raw, idempotencyKey: _key, ...rest } = options;
  return rest;
}

export type Tolerated = NotFoundError | PermissionDeniedError | ServerError | ConnectionError | TimeoutError | InvalidResponseError;

/**
 * Failures of a secondary lookup (a schedule's time zone, a sale's event) that leave a field `null` instead of
 * failing a call whose main record was read: the record is not visible to this key (404/403), or the lookup
 * itself failed after its retries. Authentication, rate limits and aborts still fail the call.
 */
export function isTolerated(error: unknown): error is Tolerated {
  return (
    error instanceof NotFoundError ||
    error instanceof PermissionDeniedError ||
    error instanceof ServerError ||
    error instanceof ConnectionError ||
    error instanceof TimeoutError ||
    error instanceof InvalidResponseError
  );
}

/** Values read once per key, in the order first asked for (a listing's pages share them). */
abstract class ReadOnce<V> {
  private readonly known = new Map<string, V>();
  private readonly pending = new Map<string, Promise<V>>();

  protected abstract read(key: string): Promise<V>;

  /** The value of `key`, read if it is not known yet. */
  async get(key: string): Promise<V> {
    if (this.known.has(key)) return this.known.get(key)!;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.read(key).then((value) => {
        this.known.set(key, value);
        return value;
      });
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** Reads every key not known yet, one after the other. */
  async load(keys: Iterable<string>): Promise<void> {
    for (const key of keys) if (!this.known.has(key)) await this.get(key);
  }

  /** Whether `key` has been read. */
  has(key: string): boolean {
    return this.known.has(key);
  }

  /** A value `load` or `get` has read. */
  knownValue(key: string): V {
    return this.known.get(key)!;
  }
}

/** The time zones of schedules (the creator schedule's zone localises an event, "Events"). */
export class ScheduleZones extends ReadOnce<string | null> {
  constructor(
    private readonly es: EventScheduleContext,
    private readonly options: RequestOptions | undefined,
  ) {
    super();
  }

  protected read(subdomain: string): Promise<string | null> {
    return this.es.native.getSchedule(subdomain, lookupOptions(this.options)).then(
      (s) => (typeof s.timezone === 'string' && isValidTimeZone(s.timezone) ? s.timezone : null),
      (error: unknown) => {
        // Not owner/admin of that schedule (404), or not Pro (403): the zone is simply not known.
        if (!isTolerated(error)) throw error;
        if (!(error instanceof NotFoundError || error instanceof PermissionDeniedError)) {
          this.es.log.warn(`schedule ${subdomain} could not be read (${error.message}); timezone left null`);
        }
        return null;
      },
    );
  }

  /** The zone of one event's schedule, or `null`. */
  async of(event: EsEvent): Promise<string | null> {
    const subdomain = timezoneSubdomain(event, this.es.schedule);
    return subdomain === null ? null : this.get(subdomain);
  }

  /** The zones of a page of events, in order (each schedule read once). */
  async ofEach(events: readonly EsEvent[]): Promise<Array<string | null>> {
    const subdomains = events.map((e) => timezoneSubdomain(e, this.es.schedule));
    await this.load(subdomains.filter((s): s is string => s !== null));
    return subdomains.map((s) => (s === null ? null : this.knownValue(s)));
  }
}

/** The events of sales, as the facts their orders need (currency, occurrence kind, ids), each read once. */
export class SaleEvents extends ReadOnce<SaleEventFacts> {
  constructor(
    private readonly es: EventScheduleContext,
    private readonly options: RequestOptions | undefined,
  ) {
    super();
  }

  protected read(eventId: string): Promise<SaleEventFacts> {
    return this.es.native.getEvent(eventId, lookupOptions(this.options)).then(
      (event) => saleEventFacts(event),
      (error: unknown) => {
        if (!isTolerated(error)) throw error;
        this.es.log.warn(`event ${eventId} of a sale could not be read (${error.message}); money left null`);
        return saleEventFacts(null);
      },
    );
  }

  /** Reads the events of a page of sales not read yet (normally none after the first page). */
  async loadFor(sales: readonly EsSale[]): Promise<void> {
    let missing: Set<string> | null = null;
    for (let i = 0; i < sales.length; i++) {
      const eventId = sales[i]!.event_id;
      if (!this.has(eventId)) (missing ??= new Set()).add(eventId);
    }
    if (missing !== null) await this.load(missing);
  }
}
