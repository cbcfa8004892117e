/**
 * A webhook receiver on plain node:http: it reads the raw body, verifies it with `verifyWebhook`, answers at once
 * (2xx, or 400 for a refused delivery) and handles the event after answering, skipping retries it has already seen.
 *
 * Run it (it listens when run directly):
 *   TICKETKIT_WEBHOOK_PROVIDER=event-schedule TICKETKIT_WEBHOOK_SECRET=... npx tsx examples/webhook-receiver.ts
 * Environment: TICKETKIT_WEBHOOK_PROVIDER (equaticket | eventbrite | event-schedule), TICKETKIT_WEBHOOK_SECRET
 * (comma-separated during a rotation; none for Eventbrite), PORT (default 3000). Guide: docs/webhooks.md.
 *
 * `createWebhookHandler` is the part to copy: it takes a WHATWG Request and returns a Response, so it also fits
 * fetch-style servers (Hono, Bun, Deno, workers) as it is; `listen` adapts it to node:http.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { isTicketingError, type ProviderId } from '../src/index.js';
import { verifyWebhook, webhookDedupeKey, WebhookVerificationError, type WebhookEvent } from '../src/webhooks/index.js';

export interface WebhookHandlerOptions {
  provider: ProviderId;
  /** The subscription's signing secret(s); none for Eventbrite. */
  secret?: string | string[];
  /** Your work for one event (runs after the vendor got its 2xx; keep it idempotent). */
  onEvent: (event: WebhookEvent) => Promise<void> | void;
  /** Dedupe keys already handled. Use a shared store with a TTL (Redis SET NX EX) when you run several instances. */
  seen?: Set<string>;
}

/** A `(Request) => Promise<Response>` webhook endpoint. */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const seen = options.seen ?? new Set<string>();
  return async (request) => {
    if (request.method !== 'POST') return new Response('method not allowed', { status: 405 });
    let event: WebhookEvent;
    try {
      event = await verifyWebhook({ provider: options.provider, body: request, ...(options.secret === undefined ? {} : { secret: options.secret }) });
    } catch (error) {
      // A refused delivery (bad signature, stale, oversized): 400, and nothing is done. Anything else is our bug.
      if (error instanceof WebhookVerificationError) return new Response(`refused: ${error.reason}`, { status: 400 });
      throw error;
    }
    const key = webhookDedupeKey(event);
    if (key !== null && seen.has(key)) return new Response('duplicate', { status: 200 });
    if (key !== null) seen.add(key);
    // Answer first, work after: vendors time out slow receivers (Event Schedule after 5 s) and retry.
    queueMicrotask(() => {
      Promise.resolve(options.onEvent(event)).catch((error: unknown) => {
        if (key !== null) seen.delete(key); // let the vendor's retry try again
        console.error('webhook handler failed:', isTicketingError(error) ? error.message : error);
      });
    });
    return new Response(null, { status: 204 });
  };
}

/** node:http → Request (the raw body is streamed into it untouched), Response → node:http. */
export function listen(handler: (request: Request) => Promise<Response>, port: number): Server {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(`http://localhost${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      ...(hasBody ? { body: req as unknown as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
    } as RequestInit);
    handler(request).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      },
      (error: unknown) => {
        console.error(error);
        res.writeHead(500).end();
      },
    );
  });
  return server.listen(port);
}

function describe(event: WebhookEvent): string {
  switch (event.type) {
    case 'order.created':
    case 'order.paid':
      return `order ${event.ref?.id ?? '?'} ${event.type}${event.data?.total ? ` (${event.data.total.amount} ${event.data.total.currency})` : ''}`;
    case 'attendee.checked_in':
      return `${event.data?.name ?? 'someone'} checked in`;
    case 'unknown':
      return `unknown ${event.typeRaw}`;
    default:
      return `${event.type} ${event.ref?.id ?? ''}`;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const provider = (process.env.TICKETKIT_WEBHOOK_PROVIDER ?? 'event-schedule') as ProviderId;
  const secret = process.env.TICKETKIT_WEBHOOK_SECRET?.split(',');
  const port = Number(process.env.PORT ?? 3000);
  const handler = createWebhookHandler({ provider, ...(secret ? { secret } : {}), onEvent: (event) => console.log(describe(event)) });
  listen(handler, port);
  console.log(`listening for ${provider} webhooks on http://localhost:${port}/`);
}
