/**
 * The type contract of `client.webhooks` and `mock.webhooks`: every client has the normalized resource; vendors
 * without subscription endpoints keep it visible but typed to reject; the inputs are strict.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { APIPromise, Deleted, PagePromise, TicketingClient, NormalizedWebhookType, WebhookSubscription } from '../../src/index.js';
import { createMockClient, type MockWebhookSubscription, type WebhookDelivery } from '../../src/testing/index.js';

declare const client: TicketingClient;

describe('client.webhooks', () => {
  it('lists, creates and deletes normalized subscriptions', () => {
    expectTypeOf(client.webhooks.list()).toEqualTypeOf<PagePromise<WebhookSubscription>>();
    expectTypeOf(client.webhooks.create({ url: 'https://x.example', events: ['order.created'] })).toEqualTypeOf<APIPromise<WebhookSubscription>>();
    expectTypeOf(client.webhooks.delete('1')).toEqualTypeOf<APIPromise<Deleted>>();
    expectTypeOf<WebhookSubscription['events']>().toEqualTypeOf<NormalizedWebhookType[]>();
    expectTypeOf<WebhookSubscription['secret']>().toEqualTypeOf<string | null>();
  });

  it('refuses unknown types and keys at compile time', () => {
    // @ts-expect-error not a normalized webhook type
    void client.webhooks.create({ url: 'https://x.example', events: ['order.placed'] });
    // @ts-expect-error `url` is required
    void client.webhooks.create({ events: ['order.created'] });
  });

  it('is typed to reject on vendors without subscription endpoints', () => {
    const seaty = createMockClient({ provider: 'seaty' }).client;
    expectTypeOf(seaty.webhooks.create({ url: 'https://x.example' })).toEqualTypeOf<APIPromise<never>>();
    const eq = createMockClient({ provider: 'equaticket' }).client;
    expectTypeOf(eq.webhooks.create({ url: 'https://x.example' })).toEqualTypeOf<APIPromise<WebhookSubscription>>();
  });
});

describe('mock.webhooks', () => {
  it('subscribes a handler taking a Request and logs deliveries', () => {
    const mock = createMockClient({ provider: 'event-schedule' });
    expectTypeOf(mock.webhooks.subscribe({ handler: (request: Request) => new Response(null) })).toEqualTypeOf<MockWebhookSubscription>();
    expectTypeOf(mock.webhooks.waitForDeliveries(1)).toEqualTypeOf<Promise<ReadonlyArray<WebhookDelivery>>>();
    // @ts-expect-error unknown option
    void mock.webhooks.subscribe({ handler: () => {}, secrets: 'x' });
  });
});
