/** The type contract of ticketkit/webhooks: `switch (event.type)` narrows `data`; resolveWebhook returns the entity type. */
import { describe, expectTypeOf, it } from 'vitest';
import type { Attendee, Event, Order, TicketingClient, TicketType } from '../../src/index.js';
import {
  resolveWebhook,
  verifyWebhook,
  type OrderWebhookEvent,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookFeedback,
  type WebhookRef,
} from '../../src/webhooks/index.js';

declare const event: WebhookEvent;
declare const client: TicketingClient;
declare const order: OrderWebhookEvent;

describe('WebhookEvent', () => {
  it('narrows data on type', () => {
    switch (event.type) {
      case 'order.created':
      case 'order.paid':
      case 'order.refunded':
        expectTypeOf(event.data).toEqualTypeOf<Order | null>();
        expectTypeOf(event.ref).toEqualTypeOf<WebhookRef<'order'> | null>();
        break;
      case 'event.sold_out':
      case 'event.cancelled':
        expectTypeOf(event.data).toEqualTypeOf<Event | null>();
        break;
      case 'attendee.checked_in':
        expectTypeOf(event.data).toEqualTypeOf<Attendee | null>();
        break;
      case 'ticket_type.updated':
        expectTypeOf(event.data).toEqualTypeOf<TicketType | null>();
        break;
      case 'feedback.submitted':
        expectTypeOf(event.data).toEqualTypeOf<WebhookFeedback | null>();
        break;
      case 'unknown':
        expectTypeOf(event.data).toBeUnknown();
        expectTypeOf(event.ref).toEqualTypeOf<null>();
        break;
    }
    expectTypeOf(event.provider).toEqualTypeOf<'equaticket' | 'eventbrite' | 'event-schedule'>();
    expectTypeOf(event.id).toEqualTypeOf<string | null>();
    expectTypeOf(event.occurredAt).toEqualTypeOf<string | null>();
    expectTypeOf<'order.created' | 'attendee.checked_in' | 'unknown'>().toMatchTypeOf<WebhookEventType>();
  });

  it('verifyWebhook returns a WebhookEvent; resolveWebhook returns the entity of the event kind', async () => {
    expectTypeOf(verifyWebhook).returns.toEqualTypeOf<Promise<WebhookEvent>>();
    if (event.type === 'order.refunded') expectTypeOf(await resolveWebhook(client, event)).toEqualTypeOf<Order>();
    if (event.type === 'event.published') expectTypeOf(await resolveWebhook(client, event)).toEqualTypeOf<Event>();
    if (event.type === 'attendee.checked_in') expectTypeOf(await resolveWebhook(client, event)).toEqualTypeOf<Attendee>();
    expectTypeOf(order.data ?? (await resolveWebhook(client, order))).toEqualTypeOf<Order>();
    // an unknown event cannot be resolved
    if (event.type === 'unknown') {
      // @ts-expect-error: nothing to resolve
      void resolveWebhook(client, event);
    }
  });
});
