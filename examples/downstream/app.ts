/**
 * The "app" of the downstream example: two functions an app built on ticketkit might have, tested in app.test.ts the
 * way your own suite would test yours (with `ticketkit/testing`, as a dependency of your project).
 */
import { createClient, isTicketingError, type Money, type Order, type TicketingClient } from 'ticketkit';
import { verifyWebhook, WebhookVerificationError } from 'ticketkit/webhooks';

/** The app's own client: Equaticket, with the key from the environment and the global `fetch`. */
export function createAppClient(): TicketingClient {
  return createClient({ provider: 'equaticket', apiKey: process.env.EQUATICKET_KEY ?? 'sk_test_missing' });
}

export interface Reminder {
  orderId: string;
  email: string;
  amount: Money | null;
}

/**
 * The buyers of an event who have not paid yet, to remind them. A vendor outage after ticketkit's retries is
 * reported with where to resume, not swallowed.
 */
export async function unpaidReminders(client: TicketingClient, eventId: string): Promise<Reminder[]> {
  const reminders: Reminder[] = [];
  for await (const order of client.orders.list({ eventId, status: 'pending' })) {
    if (order.buyer.email) reminders.push({ orderId: order.id, email: order.buyer.email, amount: order.total });
  }
  return reminders;
}

/** Paid revenue per currency (minor units), skipping orders whose money the vendor could not state. */
export async function revenue(client: TicketingClient, eventId: string): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for await (const order of client.orders.list({ eventId, status: 'paid' })) {
    if (order.total) totals[order.total.currency] = (totals[order.total.currency] ?? 0) + order.total.amount;
  }
  return totals;
}

/** The event's name, or `null` when it does not exist (any other failure is the caller's to handle). */
export async function eventName(client: TicketingClient, eventId: string): Promise<string | null> {
  try {
    return (await client.events.get(eventId)).name;
  } catch (error) {
    if (isTicketingError(error) && error.code === 'not_found') return null;
    throw error;
  }
}

/**
 * The app's webhook endpoint for Event Schedule: verifies the delivery against the raw body, hands each new sale to
 * `onSale` as a normalized `Order`, and answers 400 to anything that does not verify.
 */
export function salesWebhook(options: { secret: string; onSale: (order: Order) => void }): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const event = await verifyWebhook({ provider: 'event-schedule', body: request, secret: options.secret });
      if (event.type === 'order.created' && event.data) options.onSale(event.data);
      return new Response(null, { status: 204 });
    } catch (error) {
      if (error instanceof WebhookVerificationError) return new Response(null, { status: 400 });
      throw error;
    }
  };
}
