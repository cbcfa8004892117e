/**
 * Results of normalized calls: mapping a vendor payload into the model, and calls made of several requests (a write
 * read back, a read before a write). The rule they keep: after a write settles with an error, `outcomeUnknown` says
 * whether the vendor may hold the write, and is never `null`.
 */
import { APIPromise, type WithResponse } from './api-promise.js';
import { InvalidResponseError, isTicketingError, type ProviderId, type TicketingError } from './errors.js';

/** Whether a call writes: its failure after a request was sent may mean the vendor holds the write. */
export type CallKind = 'read' | 'write';

/**
 * Maps a call's data (vendor payload → model). A throw in `map` means the vendor answered 2xx with something
 * ticketkit cannot read: an `InvalidResponseError` that keeps the call's attempts, request id and idempotency key,
 * and, for a write, `outcomeUnknown: true` (the write was accepted; what it produced is unknown).
 */
export function mapResult<A, B>(provider: ProviderId, kind: CallKind, promise: APIPromise<A>, map: (value: A, result: WithResponse<A>) => B): APIPromise<B> {
  return promise._thenUnwrap(map, { provider, kind });
}

export interface WriteThenRead<W, R> {
  provider: ProviderId;
  /** What the write did, for messages: `'events.publish'`. */
  what: string;
  /** The write. Its own failure is reported as the pipeline decided (`outcomeUnknown` from its attempts). */
  write: APIPromise<W>;
  /** The id of the entity the write changed or created (for the error when the read fails), or `null`. */
  writtenId: (written: W) => string | null;
  /** The read after the write (or any later step). */
  then: (written: W, result: WithResponse<W>) => APIPromise<R> | Promise<WithResponse<R>>;
}

/**
 * A write, then a read of what it did. When the write succeeded and the later step fails, the error (of the later
 * step's class) says so: `outcomeUnknown: true`, `writtenId` set, a message that the write was applied and must not be
 * repeated, and the attempts of both steps.
 */
export function writeThenRead<W, R>(spec: WriteThenRead<W, R>): APIPromise<R> {
  return APIPromise.from(
    (async () => {
      const written = await spec.write.withResponse();
      let id: string | null = null;
      try {
        id = spec.writtenId(written.data);
        const next = spec.then(written.data, written);
        return next instanceof APIPromise ? await next.withResponse() : await next;
      } catch (cause) {
        throw appliedWriteError(spec.provider, spec.what, id, written, cause);
      }
    })(),
  );
}

/** The error of a step that failed after a write that is known to have been applied. */
export function appliedWriteError(provider: ProviderId, what: string, writtenId: string | null, written: WithResponse<unknown>, cause: unknown): TicketingError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const message =
    `${what} succeeded${writtenId ? ` (id ${writtenId})` : ''}, but the step after it failed: ${detail} ` +
    `Do not repeat the write${writtenId ? `; read the entity by its id (error.writtenId)` : ''}.`;
  const base = isTicketingError(cause)
    ? cause
    : new InvalidResponseError({ provider, message: detail, issues: [detail], cause });
  return base.copyWith({
    message,
    outcomeUnknown: true,
    retryable: false,
    writtenId,
    idempotencyKey: base.idempotencyKey ?? written.idempotencyKey,
    attempts: [...written.attempts, ...base.attempts],
    cause,
  });
}

/**
 * A read that a write depends on (the event's currency before creating a ticket type): its failure means the write
 * was never sent, so the error says `outcomeUnknown: false`.
 */
export async function readBeforeWrite<T>(read: PromiseLike<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    throw isTicketingError(error) ? error.copyWith({ outcomeUnknown: false }) : error;
  }
}
