import type { AttemptRecord } from './errors.js';

/** What `.withResponse()` resolves to: the data plus the raw HTTP response of the final attempt. */
export interface WithResponse<T> {
  data: T;
  /** The final attempt's `Response` (body already read), or `null` when no request was needed. */
  response: Response | null;
  requestId: string | null;
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

  static from<T>(promise: Promise<WithResponse<T>>): APIPromise<T> {
    return new APIPromise(() => promise);
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.inner;
  }

  private data(): Promise<T> {
    this.dataPromise ??= this.inner.then((r) => r.data);
    return this.dataPromise;
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.data().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.data().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.data().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
