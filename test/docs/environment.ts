/**
 * The world the documentation's code blocks run in (test/docs/code-blocks.test.ts): one emulator per vendor behind
 * the global `fetch` (a request to a vendor's real base URL reaches its emulator; anything else is refused: no
 * network), the credentials in the environment variables the docs use (`EQUATICKET_KEY`, `EVENTBRITE_TOKEN`, ...,
 * and the CLI's `TICKETKIT_*` names), and a few sample names a short block may use without declaring them:
 *
 * | name | what it is |
 * |---|---|
 * | `tk` | `createClient({ provider, ...credentials })` for the block's vendor (Equaticket unless the block says) |
 * | `eq`, `eb`, `es`, `seaty`, `vault` | the same for Equaticket, Eventbrite, Event Schedule, Seaty, Event Vault |
 * | `mock` | the vendor's emulator behind the global `fetch` (a `MockClient`: faults, calls, seed) |
 * | `eventId`, `id` | a seeded event's id |
 * | `eventDateId`, `ticketTypeId`, `orderId`, `attendeeId` | seeded entities of that event |
 * | `savedCursor` | a cursor of `tk.orders.list()` (Equaticket) |
 * | `apiKey` | the vendor's API key, when it has one |
 *
 * A block selects its vendor with `<!-- provider: seaty -->` right before it, or by using `seaty`, `eb`, ... Every
 * emulator is reset to its seed before each block.
 *
 * A block that exports `handleWebhook(request: Request): Promise<Response>` (a webhook receiver) is then sent its
 * vendor's webhooks (`deliverWebhooks`): it is subscribed with the secret of `EQUATICKET_WEBHOOK_SECRET` /
 * `EVENT_SCHEDULE_WEBHOOK_SECRET`, a buyer checks out at the seeded event, and every delivery must be answered 2xx.
 */
import { createClient, envVariableOf, type ClientOf, type ProviderId } from '../../src/index.js';
import { createMockClient, type MockClient, type WebhookDelivery } from '../../src/testing/index.js';

/** Ids of the seeded sample entities of one vendor (`null` where the vendor has no such entity). */
export interface DocsSample {
  eventId: string;
  eventDateId: string | null;
  ticketTypeId: string | null;
  orderId: string | null;
  attendeeId: string | null;
}

/** Environment variables the docs read, per vendor (their values: the emulator's credentials). */
const ENV_NAMES: Record<ProviderId, Record<string, string>> = {
  equaticket: { apiKey: 'EQUATICKET_KEY' },
  eventbrite: { token: 'EVENTBRITE_TOKEN', organizationId: 'EVENTBRITE_ORGANIZATION_ID' },
  'event-schedule': { apiKey: 'EVENT_SCHEDULE_KEY', schedule: 'EVENT_SCHEDULE_SCHEDULE' },
  seaty: { apiKey: 'SEATY_KEY' },
  'event-vault': { apiKey: 'EVENT_VAULT_KEY', clientId: 'EVENT_VAULT_CLIENT_ID', eventId: 'EVENT_VAULT_EVENT_ID' },
};

/** The webhook signing secrets a receiver block reads (the vendors that sign; Eventbrite sends unsigned deliveries). */
const WEBHOOK_SECRETS: Partial<Record<ProviderId, { name: string; value: string }>> = {
  equaticket: { name: 'EQUATICKET_WEBHOOK_SECRET', value: 'whsec_docs_equaticket' },
  'event-schedule': { name: 'EVENT_SCHEDULE_WEBHOOK_SECRET', value: 'docs-event-schedule-webhook-secret' },
};

interface Vendor<P extends ProviderId> {
  mock: MockClient<P>;
  sample: DocsSample;
}

function equaticket(): Vendor<'equaticket'> {
  const sample = {} as DocsSample;
  const mock = createMockClient({
    provider: 'equaticket',
    rateLimits: false,
    seed: (s) => {
      const gala = s.event({ name: 'Gala', currency: 'USD' });
      const ga = s.ticketType({ eventId: gala.id, name: 'General Admission', price: { amount: 2500, currency: 'USD' } });
      const first = s.order({ eventId: gala.id, lines: [{ ticketTypeId: ga.id, quantity: 2 }] });
      s.order({ eventId: gala.id, buyer: { name: 'Pat Doe', email: 'pat@example.com' } });
      s.order({ eventId: gala.id, status: 'refunded' });
      const attendee = s.attendee({ eventId: gala.id, name: 'Ana García', email: 'ana@example.com', checkedIn: true });
      Object.assign(sample, { eventId: gala.id, eventDateId: gala.id, ticketTypeId: ga.id, orderId: first.id, attendeeId: attendee.id });
    },
  });
  return { mock, sample };
}

function eventbrite(): Vendor<'eventbrite'> {
  const sample = {} as DocsSample;
  const mock = createMockClient({
    provider: 'eventbrite',
    seed: (s) => {
      const event = s.event({ name: 'Gala' });
      const ga = s.ticketType({ eventId: event.id, name: 'General Admission' });
      const order = s.order({ eventId: event.id, lines: [{ ticketTypeId: ga.id, quantity: 2 }] });
      const attendee = s.attendee({ eventId: event.id, name: 'Ana García', email: 'ana@example.com' });
      s.order({ eventId: event.id });
      Object.assign(sample, { eventId: event.id, eventDateId: event.id, ticketTypeId: ga.id, orderId: order.id, attendeeId: attendee.id });
    },
  });
  return { mock, sample };
}

function eventSchedule(): Vendor<'event-schedule'> {
  const sample = {} as DocsSample;
  const mock = createMockClient({
    provider: 'event-schedule',
    seed: (s) => {
      const event = s.event({ name: 'Gala' });
      const ga = s.ticketType({ eventId: event.id, name: 'General Admission' });
      const order = s.order({ eventId: event.id, lines: [{ ticketTypeId: ga.id, quantity: 2 }] });
      s.order({ eventId: event.id, status: 'pending' });
      const attendee = s.attendee({ eventId: event.id, name: 'Ana García', email: 'ana@example.com' });
      Object.assign(sample, { eventId: event.id, eventDateId: event.id, ticketTypeId: ga.id, orderId: order.id, attendeeId: attendee.id });
    },
  });
  return { mock, sample };
}

function seaty(): Vendor<'seaty'> {
  const sample = {} as DocsSample;
  const mock = createMockClient({
    provider: 'seaty',
    rateLimits: false,
    seed: (s) => {
      const event = s.event({ name: 'Gala' });
      const date = s.eventDate({ eventId: event.id });
      const adult = s.ticketType({ eventId: event.id, name: 'Adult' });
      const order = s.order({ eventId: event.id, buyer: { name: 'Pat Doe', email: 'pat@example.com' }, status: 'pending' });
      s.order({ eventId: event.id });
      Object.assign(sample, { eventId: event.id, eventDateId: date.id, ticketTypeId: adult.id, orderId: order.id, attendeeId: null });
    },
  });
  return { mock, sample };
}

function eventVault(): Vendor<'event-vault'> {
  const sample = {} as DocsSample;
  const mock = createMockClient({
    provider: 'event-vault',
    // The wall clock: a client the block builds itself stamps `x-timestamp` with `Date.now()`.
    clock: () => Date.now(),
    seed: (s) => {
      const event = s.event();
      const jane = s.attendee({ eventId: event.id, email: 'jane@example.com', name: 'Jane Smith', tickets: ['VIP'] });
      Object.assign(sample, { eventId: event.id, eventDateId: null, ticketTypeId: null, orderId: null, attendeeId: jane.id });
    },
  });
  return { mock, sample };
}

/** The environment: built once per process, reset before every block. */
export interface DocsEnvironment {
  mock<P extends ProviderId>(provider: P): MockClient<P>;
  client<P extends ProviderId>(provider: P): ClientOf<P>;
  sample(provider: ProviderId): DocsSample;
  /** `tk.orders.list()`'s cursor after its first page (Equaticket). */
  savedCursor: string;
  apiKey(provider: ProviderId): string;
  /** Resets every emulator to its seed. */
  reset(): void;
  /**
   * Sends `handler` the webhooks of a sale at the vendor's seeded event (signed with the vendor's
   * `*_WEBHOOK_SECRET`), waits until they settle, and returns them; rejects unless each was answered 2xx.
   */
  deliverWebhooks(provider: ProviderId, handler: (request: Request) => Promise<Response>): Promise<WebhookDelivery[]>;
  /** Puts the routed `fetch` and the environment variables in place (and returns what puts them back). */
  install(): () => void;
}

const KEY = Symbol.for('ticketkit.docs.environment');

/** The one environment of this process (shared by the test and the blocks it imports). */
export const docsEnvironment: DocsEnvironment = ((globalThis as Record<symbol, unknown>)[KEY] as DocsEnvironment | undefined) ?? build();

function build(): DocsEnvironment {
  const vendors: { [P in ProviderId]: Vendor<P> } = {
    equaticket: equaticket(),
    eventbrite: eventbrite(),
    'event-schedule': eventSchedule(),
    seaty: seaty(),
    'event-vault': eventVault(),
  };
  const all = Object.values(vendors) as Vendor<ProviderId>[];
  const credentialsOf = (provider: ProviderId) => vendors[provider].mock.credentials;

  async function routedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const url = input instanceof Request ? input.url : String(input);
    const vendor = all.find((v) => url.startsWith(new URL(v.mock.baseUrl).origin));
    if (!vendor) throw new TypeError(`docs code blocks have no network: ${url} is not a vendor base URL`);
    return vendor.mock.fetch(input, init);
  }

  const environment: DocsEnvironment = {
    mock: <P extends ProviderId>(provider: P) => vendors[provider].mock as unknown as MockClient<P>,
    // On the emulator's clock (its scheduler): default pacing and backoff advance it instead of sleeping for real.
    client: <P extends ProviderId>(provider: P) =>
      createClient({ provider, ...credentialsOf(provider), scheduler: vendors[provider].mock.scheduler } as never) as ClientOf<P>,
    sample: (provider) => vendors[provider].sample,
    savedCursor: '',
    apiKey: (provider) => String(credentialsOf(provider).apiKey ?? credentialsOf(provider).token ?? ''),
    reset: () => all.forEach((v) => v.mock.reset()),
    deliverWebhooks: (provider, handler) => deliverWebhooks(vendors[provider], WEBHOOK_SECRETS[provider]?.value, handler),
    install() {
      const saved = { fetch: globalThis.fetch, env: { ...process.env }, argv: [...process.argv] };
      globalThis.fetch = routedFetch as typeof fetch;
      // A script's first argument (README, Install: `process.argv[2]` is the event id): the sample event.
      process.argv.splice(2, process.argv.length - 2, vendors.equaticket.sample.eventId);
      for (const { name, value } of Object.values(WEBHOOK_SECRETS)) process.env[name] = value;
      for (const [provider, names] of Object.entries(ENV_NAMES) as [ProviderId, Record<string, string>][]) {
        const credentials = credentialsOf(provider);
        for (const [key, name] of Object.entries(names)) {
          if (credentials[key] === undefined) continue;
          process.env[name] = String(credentials[key]);
          process.env[envVariableOf(provider, key)] = String(credentials[key]);
        }
      }
      return () => {
        globalThis.fetch = saved.fetch;
        process.argv.splice(0, process.argv.length, ...saved.argv);
        for (const name of Object.keys(process.env)) if (!(name in saved.env)) delete process.env[name];
        Object.assign(process.env, saved.env);
      };
    },
  };
  (globalThis as Record<symbol, unknown>)[KEY] = environment;
  return environment;
}

async function deliverWebhooks(vendor: Vendor<ProviderId>, secret: string | undefined, handler: (request: Request) => Promise<Response>): Promise<WebhookDelivery[]> {
  const { mock, sample } = vendor;
  if (!mock.webhooks.supported) throw new Error(`${mock.provider} sends no webhooks: a handleWebhook block needs <!-- provider: ... --> of a vendor that does`);
  // A receiver checks a signed timestamp against the real time (as in production): bring the emulator clock, which
  // starts on 2026-01-01, up to now (reset() puts it back).
  const behind = Date.now() - mock.clock();
  if (behind > 0) mock.advance(behind);
  const subscription = mock.webhooks.subscribe({ handler, ...(secret === undefined ? {} : { secret }) });
  try {
    const seed = mock.seed as unknown as { order(input: { eventId: string }): unknown };
    seed.order({ eventId: sample.eventId }); // a buyer checks out at the vendor
    const deliveries = (await mock.webhooks.waitForDeliveries()).filter((d) => d.subscriptionId === subscription.id);
    if (deliveries.length === 0) throw new Error(`${mock.provider}: a sale sent the handler no webhook`);
    const refused = deliveries.filter((d) => d.status !== 'delivered');
    if (refused.length > 0) {
      const detail = refused.map((d) => `${d.type}: ${d.attempts.map((a) => a.error ?? String(a.status)).join(', ')}`).join('; ');
      throw new Error(`handleWebhook did not answer 2xx to ${detail}`);
    }
    return deliveries;
  } finally {
    mock.webhooks.unsubscribe(subscription);
  }
}

/** Computes the sample cursor (one request); call once the routed `fetch` is installed. */
export async function prepareDocsEnvironment(): Promise<void> {
  const page = await docsEnvironment.client('equaticket').orders.list({ limit: 1 });
  docsEnvironment.savedCursor = page.nextCursor ?? '';
}
