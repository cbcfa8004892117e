/**
 * The raw delivery: the body's bytes (read at most up to a cap) and a case-insensitive header lookup, from whichever
 * form the caller has (a string, bytes, or a WHATWG `Request`). A parsed object is refused with the way to get the
 * raw body in the common servers, because a signature covers bytes that re-serializing parsed JSON does not restore.
 */
import { ValidationError, WebhookVerificationError, type ProviderId } from '../core/errors.js';
import { utf8 } from './crypto.js';
import type { RawWebhookBody, WebhookHeaders } from './types.js';

/**
 * The default cap on a webhook body: 1 MiB. The vendors' payloads are a few kB (one order, one event); the cap keeps
 * a stranger from making the receiver buffer and hash an unbounded body. Change it with `maxBodyBytes`.
 */
export const WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;

/** Where the raw body comes from in the common servers (said when a parsed object is passed instead). */
export const RAW_BODY_HELP =
  'node:http: collect the request chunks into a Buffer; ' +
  "Express: express.raw({ type: 'application/json' }) on the webhook route, then pass req.body (a Buffer); " +
  "Fastify: addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => done(null, body)), then pass request.body; " +
  'Hono and other fetch-style servers: pass the Request itself (c.req.raw), or await c.req.text(). See docs/webhooks.md.';

/** A header by name, any case: its value (repeated headers joined by `, `), or `null`. */
export type HeaderLookup = (name: string) => string | null;

export interface RawDelivery {
  bytes: Uint8Array;
  header: HeaderLookup;
}

interface RequestLike {
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
  bodyUsed: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A WHATWG `Request`, also one made by another copy of undici (so not `instanceof` this realm's `Request`). */
function isRequestLike(value: unknown): value is RequestLike {
  if (typeof Request !== 'undefined' && value instanceof Request) return true;
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<RequestLike>;
  return typeof r.arrayBuffer === 'function' && typeof r.headers === 'object' && r.headers !== null && typeof r.headers.get === 'function' && 'bodyUsed' in r;
}

function tooLarge(provider: ProviderId, size: number | null, max: number): WebhookVerificationError {
  return new WebhookVerificationError({
    provider,
    reason: 'body_too_large',
    bodyBytes: size,
    message: `Refused a webhook body of ${size === null ? `more than ${max}` : size} bytes: the limit is ${max} (maxBodyBytes).`,
  });
}

function describeBody(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array (already parsed JSON?)';
  if (typeof value === 'object') return 'an object (already parsed JSON?)';
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}

/** The `ValidationError` for a body that is not raw: says why and how to get the raw one. */
export function notRawBody(provider: ProviderId, body: unknown): ValidationError {
  return new ValidationError({
    provider,
    message:
      `verifyWebhook needs the raw body (a string, Uint8Array/Buffer, ArrayBuffer or Request), got ${describeBody(body)}. ` +
      `A signature covers the exact bytes the vendor sent, which re-serializing parsed JSON does not restore. ${RAW_BODY_HELP}`,
    fields: [{ field: 'body', message: 'expected the raw body (string, Uint8Array, ArrayBuffer or Request)' }],
  });
}

/** Reads a stream into one buffer, stopping (and cancelling it) as soon as it passes `max` bytes. */
async function readCapped(provider: ProviderId, stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(provider, null, max);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

async function requestBytes(provider: ProviderId, request: RequestLike, max: number): Promise<Uint8Array> {
  if (request.bodyUsed) {
    throw new ValidationError({
      provider,
      message: 'verifyWebhook got a Request whose body was already read: pass it before reading the body (or pass the text you read, with the headers).',
      fields: [{ field: 'body', message: 'the Request body was already consumed' }],
    });
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(provider, declared, max);
  if (request.body === null) return new Uint8Array(0);
  return readCapped(provider, request.body, max);
}

function recordLookup(record: Readonly<Record<string, string | readonly string[] | undefined>>): HeaderLookup {
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : null;
    if (text === null) continue;
    const key = name.toLowerCase();
    const previous = byName.get(key);
    byName.set(key, previous === undefined ? text : `${previous}, ${text}`);
  }
  return (name) => byName.get(name.toLowerCase()) ?? null;
}

/** A case-insensitive lookup over `Headers` or a plain record (node's `req.headers`, whose repeated values are arrays). */
export function headerLookup(provider: ProviderId, headers: WebhookHeaders | undefined): HeaderLookup {
  if (headers === undefined || headers === null) return () => null;
  if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).forEach === 'function') {
    const h = headers as Headers;
    return (name) => h.get(name);
  }
  if (typeof headers !== 'object' || Array.isArray(headers)) {
    throw new ValidationError({
      provider,
      message: `verifyWebhook headers must be a Headers or a record of header names to values, got ${Array.isArray(headers) ? 'an array' : `a ${typeof headers}`}.`,
      fields: [{ field: 'headers', message: 'expected Headers or a record' }],
    });
  }
  return recordLookup(headers as Readonly<Record<string, string | readonly string[] | undefined>>);
}

/** The body's bytes and the headers, checked against the cap. */
export async function readDelivery(provider: ProviderId, body: RawWebhookBody | Request | unknown, headers: WebhookHeaders | undefined, max: number): Promise<RawDelivery> {
  if (isRequestLike(body)) {
    if (headers !== undefined) {
      throw new ValidationError({
        provider,
        message: 'verifyWebhook got a Request and headers: the Request carries its own headers; pass one or the other.',
        fields: [{ field: 'headers', message: 'not allowed with a Request body' }],
      });
    }
    const request = body;
    return { bytes: await requestBytes(provider, request, max), header: (name) => request.headers.get(name) };
  }
  const header = headerLookup(provider, headers);
  if (typeof body === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte: a string longer than the cap is refused before it is encoded.
    if (body.length > max) throw tooLarge(provider, null, max);
    const bytes = utf8(body);
    if (bytes.length > max) throw tooLarge(provider, bytes.length, max);
    return { bytes, header };
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (bytes.length > max) throw tooLarge(provider, bytes.length, max);
    return { bytes, header };
  }
  throw notRawBody(provider, body);
}
