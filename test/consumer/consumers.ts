/**
 * The consumer projects of package.test.ts: each is a package.json, a tsconfig.json and source files, written to a
 * temp folder with the packed ticketkit in its node_modules. They are what a downstream project writes, so they
 * import `ticketkit` by name; they are strings here so that this repository's own tsc does not try to resolve them.
 */

export interface Consumer {
  name: string;
  /** package.json `type`. */
  type: 'module' | 'commonjs';
  compilerOptions: Record<string, unknown>;
  files: Record<string, string>;
  /** Installed next to ticketkit (besides its own dependencies and @types/node). */
  with?: string[];
  /** The compiled (or plain JS) files to run with node, in order, after `tsc` passes. */
  run?: string[];
}

/** What every strict consumer sets: the strictest checks a downstream project may turn on, declarations included. */
const strict = {
  strict: true,
  skipLibCheck: false,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  target: 'ES2022',
  lib: ['ES2022'],
  types: ['node'],
};

const SUBPATHS = ['ticketkit', 'ticketkit/equaticket', 'ticketkit/eventbrite', 'ticketkit/event-schedule', 'ticketkit/seaty', 'ticketkit/event-vault', 'ticketkit/testing'];

/** Imports every entry point and uses its types the way app code does: any vendor's client as a TicketingClient. */
const everyEntryPoint = `
import { createClient, isTicketingError, NotFoundError, TicketingError, type Order, type TicketingClient } from 'ticketkit';
import { createEquaticketClient, type EquaticketClient } from 'ticketkit/equaticket';
import { createEventbriteClient } from 'ticketkit/eventbrite';
import { createEventScheduleClient } from 'ticketkit/event-schedule';
import { createSeatyClient } from 'ticketkit/seaty';
import { createEventVaultClient } from 'ticketkit/event-vault';
import { createMockClient, type MockClient } from 'ticketkit/testing';

/** Generic app code: takes any vendor's client. */
export async function ordersOf(tk: TicketingClient, eventId: string): Promise<Order[]> {
  const orders: Order[] = [];
  for await (const order of tk.orders.list({ eventId })) orders.push(order);
  return orders;
}

export const clients: TicketingClient[] = [
  createEquaticketClient({ apiKey: 'sk_test_consumer' }),
  createEventbriteClient({ token: 'consumer-token', organizationId: '1' }),
  createEventScheduleClient({ apiKey: 'consumer-key' }),
  createSeatyClient({ apiKey: 'consumer-key' }),
  createEventVaultClient({ apiKey: 'consumer-key', clientId: 'cli-1', eventId: 'ev-1' }),
  createClient({ provider: 'seaty', apiKey: 'consumer-key' }),
];
export const vault = createClient({ provider: 'event-vault', apiKey: 'k', clientId: 'c', eventId: 'e' }).tickets;

export function seeded(): MockClient<'equaticket'> {
  return createMockClient({
    provider: 'equaticket',
    pageSize: 2,
    seed: (s) => {
      const gala = s.event({ name: 'Gala', currency: 'EUR' });
      for (let i = 0; i < 5; i++) s.order({ eventId: gala.id });
    },
  });
}

export async function report(): Promise<string[]> {
  const mock = seeded();
  const eq: EquaticketClient = mock.client;
  const [event] = (await eq.events.list()).data;
  const orders = await ordersOf(mock.client, event!.id);
  const lines = [\`orders of \${event!.name}: \${orders.length}\`, \`clients: \${clients.map((c) => c.provider).join(',')}\`];
  try {
    await mock.client.events.get('no-such-event');
  } catch (error) {
    lines.push(\`missing event: \${error instanceof NotFoundError} \${error instanceof TicketingError} \${isTicketingError(error)}\`);
  }
  return lines;
}
`;

export const consumers: Consumer[] = [
  {
    name: 'esm-nodenext',
    type: 'module',
    compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', verbatimModuleSyntax: true, outDir: 'out', rootDir: 'src', lib: ['ES2022', 'DOM'] },
    with: ['msw'],
    files: {
      'src/app.ts': everyEntryPoint,
      'src/main.ts': `
import { setupServer } from 'msw/node';
import { createClient, NotFoundError } from 'ticketkit';
import { mswHandlers } from 'ticketkit/testing';
import { report, seeded } from './app.js';

for (const line of await report()) console.log(line);

// msw installed: mswHandlers gives msw's own handlers, for a client built without \`fetch\`.
const mock = seeded();
const server = setupServer(...mswHandlers(mock));
server.listen({ onUnhandledRequest: 'error' });
try {
  const tk = createClient({ provider: 'equaticket', apiKey: 'sk_test_anything', maxRetries: 0 });
  const events = await tk.events.list();
  const missing = await tk.events.get('nope').catch((error: unknown) => error);
  console.log(\`over msw: \${events.data.length} event, missing is NotFoundError: \${missing instanceof NotFoundError}\`);
} finally {
  server.close();
}
`,
      // Plain JS, one process: the CommonJS and the ESM build loaded side by side (an app whose parts load each).
      'dual.mjs': `
import { createRequire } from 'node:module';
import * as esm from 'ticketkit';
import * as esmTesting from 'ticketkit/testing';

const require = createRequire(import.meta.url);
const cjs = require('ticketkit');
const cjsTesting = require('ticketkit/testing');
const builds = { esm, cjs };
const testing = { esm: esmTesting, cjs: cjsTesting };
const classes = Object.keys(esm).filter((name) => /^[A-Z][A-Za-z]*Error$/.test(name) && typeof esm[name] === 'function');
const init = { message: 'made by hand', capability: 'events.delete', location: null };

const report = {
  twoCopies: esm.TicketingError !== cjs.TicketingError && require.resolve('ticketkit').endsWith('.cjs'),
  classes,
  mismatches: [],
  thrown: {},
};
for (const [from, to] of [['cjs', 'esm'], ['esm', 'cjs']]) {
  for (const made of classes) {
    const error = new builds[from][made](init);
    for (const against of classes) {
      const expected = new builds[to][made](init) instanceof builds[to][against];
      if ((error instanceof builds[to][against]) !== expected) report.mismatches.push(\`\${from} \${made} instanceof \${to} \${against}\`);
    }
  }
  // errors the SDK itself throws in one build, checked with the other build's classes
  const mock = testing[from].createMockClient({ provider: 'equaticket' });
  const notFound = await mock.client.events.get('nope').catch((error) => error);
  let config;
  try {
    builds[from].createClient({ provider: 'equaticket', apiKey: 'pk_wrong' });
  } catch (error) {
    config = error;
  }
  const other = builds[to];
  report.thrown[\`\${from}->\${to}\`] = {
    notFound: [notFound instanceof other.NotFoundError, notFound instanceof other.TicketingError, notFound instanceof other.ConfigError, other.isTicketingError(notFound)],
    config: [config instanceof other.ConfigError, config instanceof other.TicketingError, config instanceof other.NotFoundError, other.isTicketingError(config)],
    plain: [new Error('x') instanceof other.TicketingError, other.isTicketingError(new Error('x'))],
  };
}
console.log(JSON.stringify(report));
`,
    },
    run: ['out/main.js', 'dual.mjs'],
  },
  {
    name: 'cjs-require',
    type: 'commonjs',
    compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out', rootDir: 'src' },
    files: {
      'src/app.ts': everyEntryPoint,
      'src/main.ts': `
import { report } from './app';

void report().then((lines) => {
  for (const line of lines) console.log(line);
});
`,
      // Plain CommonJS: require() of every subpath.
      'require.cjs': `
const subpaths = ${JSON.stringify([...SUBPATHS, 'ticketkit/package.json'])};
for (const subpath of subpaths) {
  const loaded = require(subpath);
  console.log(\`\${subpath} -> \${require.resolve(subpath).replace(/^.*node_modules[\\\\/]ticketkit[\\\\/]/, '')}: \${Object.keys(loaded).length} exports\`);
}
const { createMockClient } = require('ticketkit/testing');
const mock = createMockClient({ provider: "seaty", seed: (s) => { const e = s.event({ name: "Gala" }); s.order({ eventId: e.id }); s.order({ eventId: e.id }); } });
(async () => {
  let n = 0;
  const [event] = (await mock.client.events.list()).data;
  for await (const order of mock.client.orders.list({ eventId: event.id })) if (order.id) n++;
  console.log(\`seaty orders over require: \${n}\`);
})();
`,
    },
    run: ['out/main.js', 'require.cjs'],
  },
  {
    name: 'webhooks',
    type: 'module',
    compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', verbatimModuleSyntax: true, outDir: 'out', rootDir: 'src', lib: ['ES2022', 'DOM'] },
    files: {
      'src/main.ts': `
import { createHmac } from 'node:crypto';
import { verifyWebhook, WebhookVerificationError, type WebhookEvent } from 'ticketkit/webhooks';
import { TicketingError } from 'ticketkit';

const body = JSON.stringify({ event: 'sale.paid', timestamp: '2026-09-15T18:30:00+00:00', data: { id: 'Xk3PqR', event_id: 'Lm9TzQ', status: 'paid', secret: 's' } });
const headers = { 'X-Webhook-Signature': 'sha256=' + createHmac('sha256', 'whsec').update(body).digest('hex') };
const event: WebhookEvent = await verifyWebhook({ provider: 'event-schedule', body, headers, secret: 'whsec' });
const forged = await verifyWebhook({ provider: 'event-schedule', body: body.replace('paid', 'PAID'), headers, secret: 'whsec' }).catch((e: unknown) => e);
console.log(\`\${event.type} \${event.type === 'order.paid' ? event.data?.id : ''}; forged: \${(forged as WebhookVerificationError).reason} \${forged instanceof TicketingError}\`);
`,
      'require.cjs': `
const { createHmac } = require('node:crypto');
const { verifyWebhook, WebhookVerificationError } = require('ticketkit/webhooks');
const { TicketingError } = require('ticketkit');
const body = JSON.stringify({ event: 'sale.paid', timestamp: '2026-09-15T18:30:00+00:00', data: { id: 'Xk3PqR', event_id: 'Lm9TzQ', status: 'paid', secret: 's' } });
const headers = { 'X-Webhook-Signature': 'sha256=' + createHmac('sha256', 'whsec').update(body).digest('hex') };
(async () => {
  const event = await verifyWebhook({ provider: 'event-schedule', body, headers, secret: 'whsec' });
  const forged = await verifyWebhook({ provider: 'event-schedule', body: body.replace('paid', 'PAID'), headers, secret: 'whsec' }).catch((e) => e);
  if (!(forged instanceof WebhookVerificationError)) throw new Error('not a WebhookVerificationError');
  console.log(\`\${event.type} \${event.data.id}; forged: \${forged.reason} \${forged instanceof TicketingError}\`);
})();
`,
    },
    run: ['out/main.js', 'require.cjs'],
  },
  {
    name: 'bundler',
    type: 'module',
    compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true },
    files: { 'src/app.ts': everyEntryPoint },
  },
  {
    name: 'node10',
    type: 'commonjs',
    compilerOptions: { ...strict, module: 'CommonJS', moduleResolution: 'node10', esModuleInterop: true, outDir: 'out', rootDir: 'src' },
    files: {
      'src/app.ts': everyEntryPoint,
      'src/main.ts': `
import { report } from './app';

void report().then((lines) => {
  for (const line of lines) console.log(line);
});
`,
    },
    run: ['out/main.js'],
  },
  // Without msw (an optional peer): ticketkit/testing still type-checks, under NodeNext and under Bundler.
  ...(['NodeNext', 'Bundler'] as const).map(
    (resolution): Consumer => ({
      name: `no-msw-${resolution.toLowerCase()}`,
      type: 'module',
      compilerOptions: {
        ...strict,
        module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
        moduleResolution: resolution,
        verbatimModuleSyntax: true,
        outDir: 'out',
        rootDir: 'src',
      },
      files: {
        'src/main.ts': `
import { ConfigError } from 'ticketkit';
import { createMockClient, mswHandlers, type MockClient } from 'ticketkit/testing';

const mock: MockClient<'seaty'> = createMockClient({ provider: 'seaty', seed: (s) => void s.order({ eventId: s.event().id }) });
const [event] = (await mock.client.events.list()).data;
let orders = 0;
for await (const order of mock.client.orders.list({ eventId: event!.id })) if (order.id) orders++;
console.log(\`seaty orders without msw: \${orders}\`);
try {
  mswHandlers(mock);
} catch (error) {
  console.log(\`mswHandlers without msw: \${error instanceof ConfigError} \${(error as Error).message}\`);
}
`,
      },
      run: ['out/main.js'],
    }),
  ),
];
