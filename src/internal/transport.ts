/**
 * The transport: reads as a direct fetch call, writes through ky with its own retry and timeout turned off (the
 * pipeline owns both), `throwHttpErrors: false` so that every response reaches the adapter's error mapping, and
 * `redirect: 'manual'` on both (the pipeline decides about redirects: a credential never follows one to another
 * origin, a write never becomes a GET).
 *
 * A custom `fetch` may ignore the abort signal and a proxy may never finish a body: `raceAbort` and `readBody` make
 * the attempt's deadline hold anyway, and `readBody` stops reading at a size cap.
 */
import ky, { type KyInstance } from 'ky';

export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  /** Aborts the request (the caller's signal, or a total timeout), when there is one. */
  signal: AbortSignal | undefined;
  /** Without a signal: the time the request may take until its answer's headers, or `null` for no limit. */
  timeoutMs?: number | null;
}

/** The request took longer than its `timeoutMs` (without a signal). */
export class TransportTimeoutError extends Error {
  override name = 'TransportTimeoutError';
}

/** The longest delay a timer can hold (ky refuses longer timeouts too). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Resolved per call so that a global fetch replaced later (msw) is honoured. */
const globalFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

/**
 * The transport of one client. Reads (GET, HEAD: a page walk sends thousands) are one `fetch(url, init)` call: ky
 * builds an AbortController, a `Request` and a clone of it for every request, which costs more than the whole budget
 * a page may add over a raw loop (docs/benchmarks.md, "The per-request floor") and buys nothing here, since the
 * pipeline owns retries, timeouts, redirects and errors. Writes go through ky (a ky instance made once: merging ky's
 * defaults costs ~30 µs a request when done per call), with ky's retry and timeout off, every status returned and
 * redirects left to the pipeline. Both paths send the same method, URL, headers and body, never follow a redirect,
 * and hold the same deadline.
 */
export function createTransport(fetch: typeof globalThis.fetch | undefined): (request: TransportRequest) => Promise<Response> {
  const send = fetch ?? globalFetch;
  // Loaded with the module, not on the first write: a dynamic import would resolve in real time, and a caller's
  // test that runs its timers (vi.runAllTimersAsync) could finish before the write even started.
  const client = ky.create({ retry: 0, timeout: false, throwHttpErrors: false, redirect: 'manual', fetch: send });
  return (request) => (isRead(request.method) ? fetchDirect(send, request) : viaKy(client, request));
}

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** The timeout a timer can hold, or `false` for none. */
function timeoutOf(request: TransportRequest): number | false {
  return request.timeoutMs === null || request.timeoutMs === undefined ? false : Math.max(1, Math.min(request.timeoutMs, MAX_TIMER_MS));
}

function viaKy(client: KyInstance, request: TransportRequest): Promise<Response> {
  if (request.signal) {
    const sent = client(request.url, { method: request.method, headers: request.headers, body: request.body, signal: request.signal });
    return raceAbort(sent, request.signal);
  }
  // ky's own timeout aborts the fetch it started and gives up even on a fetch that ignores the abort.
  return client(request.url, { method: request.method, headers: request.headers, body: request.body, timeout: timeoutOf(request) }).catch((error: unknown) => {
    // ky's TimeoutError holds the Request, headers and credential included: it is not kept.
    throw error instanceof Error && error.name === 'TimeoutError' ? new TransportTimeoutError('the request timed out') : error;
  });
}

/** A read as one fetch call: the caller's signal raced, or a timer of its own that aborts the fetch and gives up. */
function fetchDirect(send: typeof globalThis.fetch, request: TransportRequest): Promise<Response> {
  const init: RequestInit = { method: request.method, headers: request.headers, redirect: 'manual' };
  if (request.signal) {
    init.signal = request.signal;
    return raceAbort(send(request.url, init), request.signal);
  }
  const timeout = timeoutOf(request);
  if (timeout === false) return send(request.url, init);
  const controller = new AbortController();
  init.signal = controller.signal;
  return new Promise<Response>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new TransportTimeoutError('the request timed out');
      controller.abort(error);
      reject(error);
    }, timeout);
    send(request.url, init).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts, whichever comes first: a
 * `fetch` that ignores its signal cannot hold a call past its deadline. The losing promise's rejection is handled.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => {});
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** A body larger than the cap the caller set: reading stopped, the stream was cancelled. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(
    readonly limit: number,
    /** What the `Content-Length` header declared, or `null` when the stream ran over. */
    readonly declared: number | null,
  ) {
    super(declared !== null ? `a body that declares ${declared} bytes, over the ${limit}-byte limit` : `a body over the ${limit}-byte limit`);
  }
}

/**
 * Reads a response body as text, stopping (and cancelling the stream) once it exceeds `maxBytes`, and giving up when
 * `signal` aborts even if the stream never ends. `maxBytes` may be `Infinity`.
 */
export async function readBody(response: Response, maxBytes: number, signal: AbortSignal | undefined, timeoutMs: number | null = null): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(maxBytes, declared);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const read = async (): Promise<string> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => {});
        throw new BodyTooLargeError(maxBytes, null);
      }
      chunks.push(value);
    }
    return decodeUtf8(chunks, total);
  };
  if (signal) {
    try {
      return await raceAbort(read(), signal);
    } catch (error) {
      if (signal.aborted) void reader.cancel().catch(() => {});
      throw error;
    }
  }
  if (timeoutMs === null) return read();
  // A deadline without a signal: a timer that cancels the read (a body that stalls cannot hold the call).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void reader.cancel().catch(() => {});
      reject(new TransportTimeoutError('the body did not arrive in time'));
    }, Math.max(0, timeoutMs));
  });
  try {
    return await Promise.race([read(), expired]);
  } finally {
    clearTimeout(timer);
  }
}

const decoder = new TextDecoder();

function decodeUtf8(chunks: Uint8Array[], total: number): string {
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(all);
}
