/**
 * `ticketkit mock-server`: an emulator served over real HTTP (node:http, no framework) on 127.0.0.1, for
 * tests in any language. Besides the vendor's own paths it answers a small control API under `/__ticketkit/`:
 * `GET calls`, `POST reset`, `POST faults` (`{ "mode": "once" | "always" | "times", "n"?, "target", "fault" }`),
 * `DELETE faults`, `GET webhooks` (the delivery log), `POST webhooks/wait` (deliver everything pending, moving the
 * emulator clock through retries). Webhooks: every subscription to a URL (`webhookUrls`, or the vendor's own
 * subscription endpoints) is POSTed over HTTP, and Eventbrite's `api_url` points at this server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, type ProviderId } from '../index.js';
import { didYouMean } from './command.js';
import { createMockClient, emulatorBaseUrl, type Fault, type FaultController, type MockClient, type MockWebhookSubscription } from '../testing/index.js';

export interface MockServerOptions {
  provider: ProviderId;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** A seed function (e.g. from `seedFromJson`). */
  seed?: (s: unknown) => void;
  pageSize?: number;
  /** The emulator's clock (default: the deterministic one starting 2026-01-01T00:00:00Z). */
  clock?: () => number;
  /** Endpoints that receive every webhook the vendor sends (vendors with webhooks only). */
  webhookUrls?: readonly string[];
  /** The signing secret of those subscriptions (default: a deterministic one per subscription). */
  webhookSecret?: string;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The vendor's base URL on this server, e.g. `http://127.0.0.1:4010/api/v1`. */
  baseUrl: string;
  /** The client config (a test key, ...). */
  credentials: Record<string, unknown>;
  /** The emulator behind the server (a mock client): its recorded `calls`, `faults`, `webhooks` and `reset()`. */
  emulator: MockClient;
  /** The subscriptions made for `webhookUrls` (with their secrets). */
  webhookSubscriptions: MockWebhookSubscription[];
  close(): Promise<void>;
}

const CONTROL = '/__ticketkit/';

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  // Built once the port is known: webhook deliveries point at this server (Eventbrite's `api_url`).
  let emulator!: MockClient;

  const server: Server = createServer((req, res) => {
    handle(emulator, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`mock-server failure: ${error instanceof Error ? error.message : String(error)}`);
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  const basePath = new URL(emulatorBaseUrl(options.provider)).pathname.replace(/\/+$/, '');
  const baseUrl = `${origin}${basePath}`;
  try {
    // Built on the public testing kit: a bad option is its ConfigError.
    emulator = createMockClient({
      provider: options.provider,
      seed: options.seed as ((s: unknown) => void) | undefined,
      pageSize: options.pageSize,
      clock: options.clock,
      webhooks: { fetch: globalThis.fetch, apiBaseUrl: baseUrl },
      // Its clients pace on real time in other processes, while the emulator clock does not follow real time: enforced
      // limits would never see their window pass. Over HTTP, limits are the client's business (docs/rate-limits.md).
      rateLimits: false,
    });
  } catch (error) {
    server.close();
    throw error;
  }
  const webhookSubscriptions = (options.webhookUrls ?? []).map((url) =>
    emulator.webhooks.subscribe({ url, ...(options.webhookSecret !== undefined ? { secret: options.webhookSecret } : {}) }),
  );
  return {
    origin,
    baseUrl,
    credentials: emulator.credentials,
    emulator,
    webhookSubscriptions,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function handle(emulator: MockClient, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  if (url.pathname.startsWith(CONTROL)) return control(emulator, req.method ?? 'GET', url.pathname.slice(CONTROL.length), body, res);

  // The request's signal aborts when the client goes away (what `timeout` faults wait for).
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
  });
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const request = new Request(url, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : new Uint8Array(body),
    signal: controller.signal,
  });
  let response: Response;
  try {
    response = await emulator.fetch(request);
  } catch {
    // network faults (and timeouts whose client left): drop the connection without an answer.
    req.socket.destroy();
    return;
  }
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    out[key] = value;
  });
  const payload = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, out);
  res.end(payload);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function control(emulator: MockClient, method: string, what: string, body: Buffer, res: ServerResponse): void | Promise<void> {
  if (method === 'GET' && what === 'calls') return send(res, 200, emulator.calls);
  if (method === 'GET' && what === 'webhooks') return send(res, 200, emulator.webhooks.deliveries);
  if (method === 'POST' && what === 'webhooks/wait') {
    return emulator.webhooks.waitForDeliveries().then(
      (deliveries) => send(res, 200, deliveries),
      (error: unknown) => send(res, 400, { error: error instanceof Error ? error.message : String(error) }),
    );
  }
  if (method === 'POST' && what === 'reset') {
    emulator.reset();
    return send(res, 200, { reset: true });
  }
  if (method === 'DELETE' && what === 'faults') {
    emulator.faults.clear();
    return send(res, 200, { cleared: true });
  }
  if (method === 'POST' && what === 'faults') {
    try {
      const spec = JSON.parse(body.toString('utf8')) as { mode?: string; n?: number; target?: string; fault?: Fault };
      if (typeof spec.target !== 'string') throw new Error('target must be an operation name');
      // Checked against the vendor's operations when armed (a typo is a ConfigError, answered 400).
      const faults = emulator.faults as FaultController;
      if (spec.mode === 'always') faults.always(spec.target, spec.fault as Fault);
      else if (spec.mode === 'times') faults.times(spec.n ?? 1, spec.target, spec.fault as Fault);
      else faults.once(spec.target, spec.fault as Fault);
      return send(res, 201, { armed: spec });
    } catch (error) {
      return send(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  }
  return send(res, 404, { error: `unknown control endpoint ${method} ${CONTROL}${what}` });
}

export function assertProvider(value: string, known: readonly string[]): ProviderId {
  if (!known.includes(value)) throw new ConfigError({ message: `Unknown provider ${JSON.stringify(value)}${didYouMean(value, known)}; expected one of ${known.join(', ')}.` });
  return value as ProviderId;
}
