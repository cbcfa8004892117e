/**
 * The block checker catches what issue 20 found by hand: the old README's msw example (no vitest imports) fails the
 * type-check, and its pagination example (`getNextPage()` called unconditionally) throws when run against a listing
 * of one page. Both blocks are quoted verbatim from the README before issue 20; their fixed forms are in
 * docs/testing.md ("mswHandlers") and docs/pagination.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBlocks } from './blocks.js';
import { checkBlocks, type BlockChecker } from './check.js';
import { docsEnvironment, prepareDocsEnvironment } from './environment.js';

const OLD_README = `
\`\`\`ts
import { setupServer } from 'msw/node';
import { createClient } from 'ticketkit';
import { createMockClient, mswHandlers } from 'ticketkit/testing';

const mock = createMockClient({ provider: 'equaticket', seed: (s) => void s.order({ eventId: s.event().id }) });
const server = setupServer(...mswHandlers(mock)); // pass [mockA, mockB] to serve several vendors
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

it('works with a client built without fetch', async () => {
  const tk = createClient({ provider: 'equaticket', apiKey: 'sk_test_anything' });
  expect((await tk.orders.list()).data).toHaveLength(1);
});
\`\`\`

\`\`\`ts
for await (const order of tk.orders.list({ eventId })) { /* items, page after page */ }
const page = await tk.orders.list({ eventId, limit: 50 });   // one page
page.data; page.nextCursor; page.hasNextPage(); await page.getNextPage();
for await (const p of tk.orders.list().pages()) { /* pages */ }
await tk.orders.list().toArray({ limit: 1000 });              // limit is required
tk.orders.list({ cursor: savedCursor });                      // resume later
\`\`\`
`;

describe('the block checker, on the two blocks issue 20 found broken', () => {
  const [msw, pagination] = extractBlocks('README.md (before issue 20)', OLD_README);
  let checker: BlockChecker;
  let restore = () => {};

  beforeAll(async () => {
    checker = checkBlocks([msw!, pagination!], '.tmp/doc-blocks-selftest');
    restore = docsEnvironment.install();
    await prepareDocsEnvironment();
  }, 120_000);
  afterAll(() => restore());

  it('refuses the msw example without its vitest imports, naming the line', () => {
    const found = checker.diagnostics.get(msw!)!;
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^README\.md \(before issue 20\):9:1 TS2304 Cannot find name 'beforeAll'/)]));
    expect(found.some((d) => /Cannot find name 'it'/.test(d))).toBe(true);
  });

  it('runs the pagination example and reports its unconditional getNextPage() on a one-page listing', async () => {
    expect(checker.diagnostics.get(pagination!)).toEqual([]);
    docsEnvironment.reset();
    await expect(checker.run(pagination!)).rejects.toThrow(/README\.md \(before issue 20\):19: the block threw InvalidCursorError: There is no next page/);
  }, 30_000);
});

const WEBHOOK_BLOCKS = `
<!-- provider: event-schedule -->
\`\`\`ts
import { verifyWebhook } from 'ticketkit/webhooks';

export async function handleWebhook(request: Request): Promise<Response> {
  const event = await verifyWebhook({ provider: 'event-schedule', body: request, secret: process.env.EVENT_SCHEDULE_WEBHOOK_SECRET! });
  console.log(event.type, event.ref?.id);
  return new Response(null, { status: 204 });
}
\`\`\`

<!-- provider: event-schedule -->
\`\`\`ts
import { verifyWebhook, WebhookVerificationError } from 'ticketkit/webhooks';

export async function handleWebhook(request: Request): Promise<Response> {
  try {
    await verifyWebhook({ provider: 'event-schedule', body: request, secret: 'not-the-subscription-secret' });
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return new Response(null, { status: 400 });
    throw error;
  }
}
\`\`\`

\`\`\`ts
for (let i = 0; i < 20; i++) await tk.events.list();
\`\`\`
`;

describe('the block checker, on webhook receivers and paced clients', () => {
  const [receiver, refusing, paced] = extractBlocks('docs/self-test.md', WEBHOOK_BLOCKS);
  let checker: BlockChecker;
  let restore = () => {};

  beforeAll(() => {
    checker = checkBlocks([receiver!, refusing!, paced!], '.tmp/doc-blocks-selftest-webhooks');
    restore = docsEnvironment.install();
  }, 120_000);
  afterAll(() => restore());

  it('sends a block that exports handleWebhook its vendor signed deliveries of a sale', async () => {
    expect(checker.diagnostics.get(receiver!)).toEqual([]);
    docsEnvironment.reset();
    const output = await checker.run(receiver!);
    expect(output).toEqual([expect.stringMatching(/^order\.created \S+$/), 'handleWebhook answered 2xx to: sale.created']);
  }, 30_000);

  it('fails a receiver that does not answer 2xx, with what it answered', async () => {
    expect(checker.diagnostics.get(refusing!)).toEqual([]);
    docsEnvironment.reset();
    await expect(checker.run(refusing!)).rejects.toThrow(/docs\/self-test\.md:\d+: the block threw Error: handleWebhook did not answer 2xx to sale\.created: .*400/);
  }, 30_000);

  it('paces the sample client on the emulator clock (Equaticket Free: 6 at once, then 54 a minute), not in real time', async () => {
    docsEnvironment.reset();
    const clock = docsEnvironment.mock('equaticket').clock;
    const start = clock();
    await checker.run(paced!);
    // 14 requests past the burst at 60 000 / 54 ms each: the emulator clock moved ~15 s; a real sleep would not move it.
    expect(clock() - start).toBeGreaterThan(10_000);
  }, 30_000);
});
