/**
 * The transport: ky with its own retry and timeout turned off (the pipeline owns both), and
 * `throwHttpErrors: false` so that every response reaches the adapter's error mapping.
 */
import ky from 'ky';

export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  signal: AbortSignal;
  fetch?: typeof globalThis.fetch;
}

export function send(request: TransportRequest): Promise<Response> {
  return ky(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    // Resolved per call so that a global fetch replaced later (msw) is honoured.
    fetch: request.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  });
}
