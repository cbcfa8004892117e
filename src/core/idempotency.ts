/**
 * Idempotency keys on vendors that have none. A caller's `idempotencyKey` on a write the vendor does not key is
 * honoured by ticketkit when the client has an `idempotencyStore` (the first outcome is recorded under the key, and a
 * repeat returns it with `idempotentReplayed: true` instead of writing twice), and refused with a `ValidationError`
 * otherwise — never silently ignored.
 *
 * A record is kept per key **and request** (method and path), with a fingerprint of the request: a key reused for
 * another body is a `ConflictError`. Only what can be stored in a shared store is kept (the vendor's parsed
 * payload, its request id), so a store may live in Redis or a database (docs/rate-limits.md, "Idempotency").
 */
import { ConflictError, type ProviderId } from './errors.js';

/** What the store holds for one key. */
export type IdempotencyRecord =
  /** A call with this key is running (in this process or another). */
  | {
      /** Running. */
      state: 'in_progress';
      /** A fingerprint of the request (its target and body): the same key with another request is refused. */
      fingerprint: string;
      /** When it started (ms since the epoch). */
      startedAt: number;
    }
  /** It succeeded: a repeat gets this payload back. */
  | {
      /** Done, successfully. */
      state: 'succeeded';
      /** A fingerprint of the request (its target and body). */
      fingerprint: string;
      /** The vendor's answer, replayed to a repeat. */
      payload: unknown;
      /** The HTTP status of that answer. */
      status: number;
      /** The vendor's request id of that answer, or `null`. */
      requestId: string | null;
    }
  /** It failed in a way the vendor may have processed: a repeat is refused until the caller reconciles. */
  | {
      /** Maybe processed. */
      state: 'outcome_unknown';
      /** A fingerprint of the request (its target and body). */
      fingerprint: string;
      /** What went wrong, for the error a repeat gets. */
      message: string;
    };

/** A store of idempotency records. The in-memory one is the default; a shared one makes keys hold across processes. */
export interface IdempotencyStore {
  /** The record of `key`, or `undefined`. */
  get(key: string): IdempotencyRecord | undefined | Promise<IdempotencyRecord | undefined>;
  /**
   * Records `record` under `key` for `ttlMs`. With `onlyIfAbsent`, records it only when there is no record yet and
   * says whether it did (a shared store must make this atomic, e.g. Redis `SET NX`).
   */
  set(key: string, record: IdempotencyRecord, ttlMs: number, onlyIfAbsent?: boolean): boolean | Promise<boolean>;
  /** Forgets the record of `key` (a call that failed before anything was sent, so a repeat may run). */
  delete(key: string): void | Promise<void>;
}

/** How long a record is kept (24 hours, as payment APIs with keys do). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** The default store: one process, bounded (the oldest records go first), records expire after their TTL. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly records = new Map<string, { record: IdempotencyRecord; expiresAt: number }>();

  constructor(
    private readonly maxRecords = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The record of `key`, or `undefined` when there is none or it expired. */
  get(key: string): IdempotencyRecord | undefined {
    const entry = this.records.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.records.delete(key);
      return undefined;
    }
    return entry.record;
  }

  /** Records `record` under `key` for `ttlMs` (see `IdempotencyStore.set`); the oldest record goes past the cap. */
  set(key: string, record: IdempotencyRecord, ttlMs: number, onlyIfAbsent = false): boolean {
    if (onlyIfAbsent && this.get(key) !== undefined) return false;
    this.records.delete(key);
    this.records.set(key, { record, expiresAt: this.now() + ttlMs });
    if (this.records.size > this.maxRecords) this.records.delete(this.records.keys().next().value!);
    return true;
  }

  /** Forgets the record of `key`. */
  delete(key: string): void {
    this.records.delete(key);
  }

  /** Forgets every record. */
  clear(): void {
    this.records.clear();
  }
}

/** The stores `idempotencyStore: true` means, one per transport (see `sharedMemoryStore`). */
const memoryStoresByTransport = new WeakMap<object, MemoryIdempotencyStore>();
let memoryStoreOfGlobalFetch: MemoryIdempotencyStore | undefined;

/**
 * The in-memory store of `idempotencyStore: true`: one per process and transport, like the rate limiter, so a
 * `withOptions` copy or a second client on the same credential finds the first one's records and a repeat is not
 * sent twice. Records are scoped by the credential (the pipeline puts its fingerprint in every key), so two accounts
 * never see each other's. A custom `fetch` (a test's fake vendor) gets a store of its own: one test's keys do not
 * replay in the next.
 */
export function sharedMemoryStore(transport: object | undefined): MemoryIdempotencyStore {
  if (transport === undefined) return (memoryStoreOfGlobalFetch ??= new MemoryIdempotencyStore());
  let store = memoryStoresByTransport.get(transport);
  if (!store) {
    store = new MemoryIdempotencyStore();
    memoryStoresByTransport.set(transport, store);
  }
  return store;
}

/**
 * Forgets the in-memory records kept for `transport` (a test's fake vendor that was reset: a key used before the
 * reset must write again, as the vendor has forgotten the write).
 */
export function forgetSharedMemoryStore(transport: object): void {
  memoryStoresByTransport.get(transport)?.clear();
}

/** The outcome a replayed call gets: the first call's payload and status. */
export interface Replay {
  payload: unknown;
  status: number;
  requestId: string | null;
}

/**
 * Runs `send` at most once per key: a repeat of a succeeded call gets its record (`Replay`), a repeat of a call whose
 * outcome is unknown or still running is a `ConflictError`, a key reused for another request is a `ConflictError`.
 * `send` reports what to record: its payload on success, or whether its failure may have been processed.
 */
export async function onceForKey<T>(
  store: IdempotencyStore,
  provider: ProviderId,
  key: string,
  fingerprint: string,
  send: () => Promise<{ ok: true; value: T; payload: unknown; status: number; requestId: string | null } | { ok: false; error: unknown; mayHaveLanded: boolean }>,
  replay: (record: Replay) => T,
): Promise<T> {
  const conflict = (message: string, outcomeUnknown: boolean) =>
    new ConflictError({ provider, message, outcomeUnknown, idempotencyKey: key.split('|').pop() ?? key, retryable: false });
  const claimed = await store.set(key, { state: 'in_progress', fingerprint, startedAt: Date.now() }, IDEMPOTENCY_TTL_MS, true);
  if (!claimed) {
    const record = await store.get(key);
    if (record && record.fingerprint !== fingerprint) {
      throw conflict('This idempotency key was used for another request (a different body or target); use a new key.', false);
    }
    if (record?.state === 'succeeded') return replay({ payload: record.payload, status: record.status, requestId: record.requestId });
    if (record?.state === 'outcome_unknown') {
      throw conflict(`The first call with this idempotency key may have been processed (${record.message}); reconcile with the vendor before using a new key.`, true);
    }
    throw conflict('A call with this idempotency key is still running; wait for it instead of repeating it.', true);
  }
  const outcome = await send();
  if (outcome.ok) {
    await store.set(key, { state: 'succeeded', fingerprint, payload: outcome.payload, status: outcome.status, requestId: outcome.requestId }, IDEMPOTENCY_TTL_MS);
    return outcome.value;
  }
  if (outcome.mayHaveLanded) {
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    await store.set(key, { state: 'outcome_unknown', fingerprint, message }, IDEMPOTENCY_TTL_MS);
  } else {
    await store.delete(key);
  }
  throw outcome.error;
}

/**
 * Who honours a caller's `idempotencyKey` on a write: the vendor, ticketkit (with an `idempotencyStore`), or nobody.
 */
export type IdempotencySupport = 'vendor' | 'sdk' | 'unsupported';

/** The normalized writes, as `capabilities.idempotency` names them (`'<resource>.<write>'`). */
export const WRITE_OPERATIONS = [
  'events.create',
  'events.update',
  'events.publish',
  'events.cancel',
  'events.delete',
  'ticketTypes.create',
  'ticketTypes.update',
  'ticketTypes.delete',
  'orders.create',
  'orders.markPaid',
  'orders.refund',
  'orders.cancel',
  'orders.recordPayment',
  'attendees.create',
  'attendees.delete',
  'attendees.checkIn',
  'webhooks.create',
  'webhooks.delete',
] as const;
/**
 * A write a caller can give an `idempotencyKey` (`'orders.create'`, `'attendees.checkIn'`...): one of
 * `WRITE_OPERATIONS`, the keys of `Capabilities.idempotency`.
 */
export type WriteOperation = (typeof WRITE_OPERATIONS)[number];

/** The write flags of a vendor's capabilities (`{ events: { create: true, ... }, ... }`). */
type WriteFlags = Record<string, Record<string, unknown>>;

/**
 * Each write's idempotency, from the vendor's write flags: `'unsupported'` where the vendor cannot do the write,
 * `'vendor'` where it honours a key itself (`vendorKeyed`), else `'sdk'` (a key is honoured by ticketkit through the
 * client's `idempotencyStore`, and refused without one).
 */
export function idempotencyByWrite(writes: WriteFlags, vendorKeyed: readonly WriteOperation[]): Readonly<Record<WriteOperation, IdempotencySupport>> {
  const out = {} as Record<WriteOperation, IdempotencySupport>;
  for (const op of WRITE_OPERATIONS) {
    const [resource, method] = op.split('.') as [string, string];
    // Subscriptions are one flag (`webhooks.subscriptions`): create and delete come together.
    const supported = resource === 'webhooks' ? writes.webhooks?.subscriptions === true : writes[resource]?.[method] === true;
    out[op] = !supported ? 'unsupported' : vendorKeyed.includes(op) ? 'vendor' : 'sdk';
  }
  return Object.freeze(out);
}

/** A vendor's capabilities with their `idempotency` record derived from the write flags (frozen). */
export function withIdempotency<C extends object>(
  capabilities: C,
  vendorKeyed: readonly WriteOperation[] = [],
): Readonly<C & { idempotency: Readonly<Record<WriteOperation, IdempotencySupport>> }> {
  return Object.freeze({ ...capabilities, idempotency: idempotencyByWrite(capabilities as unknown as WriteFlags, vendorKeyed) });
}
