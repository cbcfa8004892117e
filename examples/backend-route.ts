/**
 * A Node backend route that serves an event's sales summary from any vendor, with `node:http` and nothing else.
 *
 *   GET /events/<eventId>/summary  →  200 { eventId, provider, orders, ticketsSold, revenue: { USD: 12500 }, byStatus }
 *
 * Run it: `npx tsx examples/backend-route.ts` (no keys: it serves a seeded emulator and prints a URL to try), or
 * with a real account: `TICKETKIT_PROVIDER=eventbrite TICKETKIT_EVENTBRITE_TOKEN=... npx tsx examples/backend-route.ts`
 * (the credentials are read from the same variables as the `ticketkit` CLI). `PORT` picks the port (default 3000).
 * test/examples/examples.test.ts runs it against every vendor's emulator.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  createClient,
  envVariableOf,
  isProviderId,
  isTicketingError,
  NotFoundError,
  PROVIDER_REGISTRY,
  UnsupportedCapabilityError,
  ValidationError,
  type ClientConfig,
  type OrderStatus,
  type TicketingClient,
} from 'ticketkit';
import { createMockClient } from 'ticketkit/testing';

export interface SalesSummary {
  eventId: string;
  provider: string;
  orders: number;
  /** Tickets of paid and partially refunded orders. */
  ticketsSold: number;
  /** `Order.total` of paid orders, summed per currency, in minor units. */
  revenue: Record<string, number>;
  byStatus: Partial<Record<OrderStatus, number>>;
}

/** Pages every order of the event (one page in memory at a time) and adds them up. */
export async function salesSummary(client: TicketingClient, eventId: string, signal?: AbortSignal): Promise<SalesSummary> {
  const summary: SalesSummary = { eventId, provider: client.provider, orders: 0, ticketsSold: 0, revenue: {}, byStatus: {} };
  for await (const order of client.orders.list({ eventId }, { signal })) {
    summary.orders++;
    summary.byStatus[order.status] = (summary.byStatus[order.status] ?? 0) + 1;
    if (order.status === 'paid' || order.status === 'partially_refunded') summary.ticketsSold += order.ticketCount ?? 0;
    if (order.status === 'paid' && order.total) {
      summary.revenue[order.total.currency] = (summary.revenue[order.total.currency] ?? 0) + order.total.amount;
    }
  }
  return summary;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** ticketkit's typed errors, as HTTP answers of this service. */
function statusFor(error: unknown): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ValidationError) return 400;
  if (error instanceof UnsupportedCapabilityError) return 501;
  return 502; // the vendor failed after ticketkit's retries
}

/** The route. A client disconnect aborts the vendor requests in flight. */
export function createSalesServer(client: TicketingClient): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/events\/([^/]+)\/summary$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (req.method !== 'GET' || !match) return send(res, 404, { error: 'not found: try GET /events/<eventId>/summary' });
    const aborted = new AbortController();
    res.on('close', () => aborted.abort());
    salesSummary(client, decodeURIComponent(match[1]!), aborted.signal).then(
      (summary) => send(res, 200, summary),
      (error: unknown) => {
        if (aborted.signal.aborted) return;
        if (!isTicketingError(error)) return send(res, 500, { error: 'internal error' });
        send(res, statusFor(error), { error: error.message, code: error.code, requestId: error.requestId });
      },
    );
  });
}

/** A client from `TICKETKIT_PROVIDER` and the CLI's credential variables, or `null` when none is configured. */
export function clientFromEnvironment(env: NodeJS.ProcessEnv = process.env): TicketingClient | null {
  const provider = env.TICKETKIT_PROVIDER;
  if (!provider) return null;
  if (!isProviderId(provider)) throw new Error(`TICKETKIT_PROVIDER=${provider} is not one of ${Object.keys(PROVIDER_REGISTRY).join(', ')}`);
  const { required, optional } = PROVIDER_REGISTRY[provider].credentials;
  const config: Record<string, string> = {};
  for (const key of [...required, ...optional]) {
    const value = env[envVariableOf(provider, key)];
    if (value !== undefined) config[key] = value;
  }
  return createClient({ provider, ...config } as ClientConfig);
}

/** Without configured credentials: an Equaticket emulator with one event of sales, and the event's id. */
function demoClient(): { client: TicketingClient; eventId: string } {
  let eventId = '';
  const mock = createMockClient({
    provider: 'equaticket',
    seed: (s) => {
      const gala = s.event({ name: 'Gala', currency: 'USD' });
      eventId = gala.id;
      const ga = s.ticketType({ eventId, name: 'General Admission', price: { amount: 2500, currency: 'USD' } });
      for (let i = 0; i < 5; i++) s.order({ eventId, lines: [{ ticketTypeId: ga.id, quantity: 1 + (i % 2) }] });
      s.order({ eventId, status: 'refunded' });
    },
  });
  return { client: mock.client, eventId };
}

/** Starts the server; resolves with it and its URL once it listens. */
export async function main(options: { port?: number; host?: string; client?: TicketingClient } = {}): Promise<{ server: Server; url: string; exampleEventId: string | null }> {
  const configured = options.client ?? clientFromEnvironment();
  const demo = configured ? null : demoClient();
  const server = createSalesServer(configured ?? demo!.client);
  await new Promise<void>((resolve) => server.listen(options.port ?? Number(process.env.PORT ?? 3000), options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const url = typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
  return { server, url, exampleEventId: demo?.eventId ?? null };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url, exampleEventId } = await main();
  console.log(`listening on ${url}`);
  if (exampleEventId) console.log(`try: curl ${url}/events/${encodeURIComponent(exampleEventId)}/summary`);
}
