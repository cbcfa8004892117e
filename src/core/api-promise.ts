import { InvalidResponseError, isTicketingError, type AttemptRecord, type ProviderId, type TicketingError } from './errors.js';

/** What `.withResponse()` resolves to: the data plus the raw HTTP response of the final attempt. */
export interface WithResponse<T> {
  /** What awaiting the call gives. */
  data: T;
  /** The final attempt's `Response` (body already read), or `null` when no request was needed. */
  response: Response | null;
  /** The vendor's request id of the final attempt (quote it to the vendor's support), or `null` when it sends none. */
  requestId: string | null;
  /** Every try the call made, in order: status, duration and why it was retried. */
  attempts: AttemptRecord[];
  /** The idempotency key sent with a write, or `null`. */
  idempotencyKey: string | null;
  /** `true` when the vendor answered with a replay of an earlier identical request. */
  idempotentReplayed: boolean;
}

/**
 * The promise every call returns. Await it for the data; call `.withResponse()` for the data plus the
 * raw response, request id and attempts. The work starts when the promise is created (like a plain promise).
 */
export class APIPromise<T> implements PromiseLike<T> {
  private readonly inner: Promise<WithResponse<T>>;
  private dataPromise: Promise<T> | null = null;

  constructor(run: () => Promise<WithResponse<T>>) {
    this.inner = run();
    // The caller may use only one of the two views; neither must report an unhandled rejection for the other.
    this.inner.catch(() => {});
  }

  /** Wraps a promise of a `WithResponse` (for composing calls: the data and the response travel together). */
  static from<T>(promise: Promise<WithResponse<T>>): APIPromise<T> {
    return new APIPromise(() => promise);
  }

  /** The data with the raw `Response`, request id, attempts and idempotency key of the call. */
  withResponse(): Promise<WithResponse<T>> {
    return this.inner;
  }

  /**
   * @internal A new `APIPromise` of `map(data)`, keeping the response, attempts and key (in the spirit of
   * openai-node's `_thenUnwrap`). A throw in `map` means the vendor answered 2xx with something the SDK cannot map:
   * an `InvalidResponseError` with the call's attempts, and for a write `outcomeUnknown: true` (see src/core/compose.ts).
   */
  _thenUnwrap<U>(map: (data: T, result: WithResponse<T>) => U, how: { provider: ProviderId; kind: 'read' | 'write' }): APIPromise<U> {
    return APIPromise.from(
      this.inner.then((result) => {
        let data: U;
        try {
          data = map(result.data, result);
        } catch (cause) {
          throw unmappedResult(how.provider, how.kind, result, cause);
        }
        return { ...result, data };
      }),
    );
  }

  private data(): Promise<T> {
    this.dataPromise ??= this.inner.then((r) => r.data);
    return this.dataPromise;
  }

  /** Awaiting gives the data (as `Promise.then`). */
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.data().then(onfulfilled, onrejected);
  }

  /** As `Promise.catch`: every rejection is a `TicketingError`. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.data().catch(onrejected);
  }

  /** As `Promise.finally`. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.data().finally(onfinally);
  }

  /** `'APIPromise'`, for `Object.prototype.toString`. */
  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}

/** The error of a result that could not be mapped (see `APIPromise._thenUnwrap`). */
function unmappedResult(provider: ProviderId, kind: 'read' | 'write', result: WithResponse<unknown>, cause: unknown): TicketingError {
  const write = kind === 'write';
  const facts = {
    attempts: result.attempts,
    requestId: result.requestId,
    idempotencyKey: result.idempotencyKey,
    status: result.response?.status ?? null,
    outcomeUnknown: write ? true : null,
  };
  if (isTicketingError(cause)) return cause.copyWith(facts);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new InvalidResponseError({
    provider,
    ...facts,
    message: `${provider} answered ${write ? 'a write' : 'a read'} with a payload ticketkit could not map: ${detail}${write ? ' (the write was accepted: reconcile before repeating it)' : ''}.`,
    issues: [detail],
    cause,
  });
}
