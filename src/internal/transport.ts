/**
 * The transport: ky with its own retry and timeout turned off (the pipeline owns both), `throwHttpErrors: false` so
 * that every response reaches the adapter's error mapping, and `redirect: 'manual'` (the pipeline decides about
 * redirects: a credential never follows one to another origin, a write never becomes a GET).
 *
 * A custom `fetch` may ignore the abort signal and a proxy may never finish a body: `raceAbort` and `readBody` make
 * the attempt's deadline hold anyway, and `readBody` stops reading at a size cap.
 */
import ky from 'ky';

export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  signal: AbortSignal | undefined;
}

/** Resolved per call so that a global fetch replaced later (msw) is honoured. */
const globalFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

/**
 * The transport of one client: a ky instance made once (merging ky's defaults costs ~30 µs a request when done per
 * call), with ky's retry and timeout off (the pipeline owns both), every status returned, redirects left to the
 * pipeline.
 */
export function createTransport(fetch: typeof globalThis.fetch | undefined): (request: TransportRequest) => Promise<Response> {
  const client = ky.create({ retry: 0, timeout: false, throwHttpErrors: false, redirect: 'manual', fetch: fetch ?? globalFetch });
  return (request) => {
    const sent = client(request.url, { method: request.method, headers: request.headers, body: request.body, signal: request.signal });
    return request.signal ? raceAbort(sent, request.signal) : sent;
  };
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
    super(declared !== null ? `the body declares ${declared} bytes, over the ${limit}-byte limit` : `the body is over the ${limit}-byte limit`);
  }
}

/**
 * Reads a response body as text, stopping (and cancelling the stream) once it exceeds `maxBytes`, and giving up when
 * `signal` aborts even if the stream never ends. `maxBytes` may be `Infinity`.
 */
export async function readBody(response: Response, maxBytes: number, signal: AbortSignal | undefined): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(maxBytes, declared);
  }
  if (!response.body) return '';
  if (maxBytes === Number.POSITIVE_INFINITY && !signal) return response.text();
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
  if (!signal) return read();
  try {
    return await raceAbort(read(), signal);
  } catch (error) {
    if (signal.aborted) void reader.cancel().catch(() => {});
    throw error;
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
