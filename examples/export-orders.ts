/**
 * A script that pages every order of an event with `for await` and writes them to a file, one JSON object per line.
 * Memory stays one page of orders whatever the event's size; the file is written with backpressure; an interrupted
 * run prints the cursor to resume from.
 *
 * Run it: `npx tsx examples/export-orders.ts` (no keys: it exports a seeded emulator's 250 orders to orders.ndjson),
 * or with a real account: `TICKETKIT_PROVIDER=seaty TICKETKIT_SEATY_API_KEY=... npx tsx examples/export-orders.ts
 * <eventId> [out.ndjson] [cursor]`. For CSV, checkpoints and every resource, use `ticketkit export` (docs/cli.md).
 * test/examples/examples.test.ts runs it against the emulators.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { isTicketingError, type TicketingClient } from 'ticketkit';
import { createMockClient } from 'ticketkit/testing';
import { clientFromEnvironment } from './backend-route.js';

export interface ExportResult {
  file: string;
  orders: number;
  /** Where to resume when the export stopped on an error (`null` when it finished). */
  resumeCursor: string | null;
}

/**
 * Writes every order of `eventId` (from `cursor` on, when given) to `file` as NDJSON. On a vendor failure after
 * ticketkit's retries, the lines written so far stay in the file (append them with the returned `resumeCursor`).
 */
export async function exportOrders(
  client: TicketingClient,
  eventId: string,
  file: string,
  options: { cursor?: string; signal?: AbortSignal } = {},
): Promise<ExportResult> {
  const out = createWriteStream(file, { flags: options.cursor ? 'a' : 'w' });
  let orders = 0;
  let resumeCursor: string | null = null;
  try {
    for await (const order of client.orders.list({ eventId, cursor: options.cursor }, { signal: options.signal })) {
      if (!out.write(`${JSON.stringify(order)}\n`)) await once(out, 'drain');
      orders++;
    }
  } catch (error) {
    if (!isTicketingError(error) || !error.resumeCursor) throw error;
    resumeCursor = error.resumeCursor;
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { file, orders, resumeCursor };
}

/** Without configured credentials: a Seaty emulator (its orders fan out over dates) with 250 orders on 3 dates. */
function demoClient(): { client: TicketingClient; eventId: string } {
  let eventId = '';
  const mock = createMockClient({
    provider: 'seaty',
    seed: (s) => {
      const show = s.event({ name: 'Summer Show' });
      eventId = show.id;
      const dates = [s.eventDate({ eventId }), s.eventDate({ eventId }), s.eventDate({ eventId })];
      for (let i = 0; i < 250; i++) s.order({ eventId, eventDateId: dates[i % 3]!.id });
    },
  });
  return { client: mock.client, eventId };
}

/** The script: `options` default to the command line (`<eventId> [out.ndjson] [cursor]`) and the environment. */
export async function main(
  options: { eventId?: string; file?: string; cursor?: string; client?: TicketingClient | null } = {},
): Promise<ExportResult> {
  const [argEventId, argFile, argCursor] = process.argv.slice(2);
  const client = options.client === undefined ? clientFromEnvironment() : options.client;
  const demo = client ? null : demoClient();
  const eventId = options.eventId ?? argEventId ?? demo?.eventId;
  if (!eventId) throw new Error('usage: export-orders.ts <eventId> [out.ndjson] [cursor]');
  return exportOrders(client ?? demo!.client, eventId, options.file ?? argFile ?? 'orders.ndjson', { cursor: options.cursor ?? argCursor });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await main();
  console.log(`${result.orders} orders written to ${result.file}`);
  if (result.resumeCursor) {
    console.log(`stopped early; resume with: npx tsx examples/export-orders.ts <eventId> ${result.file} '${result.resumeCursor}'`);
    process.exitCode = 1;
  }
}
