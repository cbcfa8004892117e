/** examples/webhook-receiver.ts: its handler driven with signed Requests, and its node:http adapter on a real socket. */
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { createWebhookHandler, listen } from '../../examples/webhook-receiver.js';
import type { WebhookEvent } from '../../src/webhooks/index.js';
import { ES_SECRET, eventScheduleDelivery, fixtureJson } from './helpers.js';

const sale = fixtureJson('event-schedule/sale.json');
const request = (body: string, headers: Record<string, string>) => new Request('http://localhost/hooks', { method: 'POST', body, headers });

describe('the example webhook receiver', () => {
  it('verifies, answers 204, hands the normalized event over, and skips a retried delivery', async () => {
    const seen: WebhookEvent[] = [];
    const handler = createWebhookHandler({ provider: 'event-schedule', secret: ES_SECRET, onEvent: (e) => void seen.push(e) });
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    expect((await handler(request(body, headers))).status).toBe(204);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ type: 'order.paid', data: { id: 'Xk3PqR', status: 'paid' } });
    const retry = await handler(request(body, headers));
    expect([retry.status, await retry.text()]).toEqual([200, 'duplicate']);
    expect(seen).toHaveLength(1);
  });

  it('refuses a forged delivery with 400 and never calls the handler', async () => {
    const onEvent = vi.fn();
    const handler = createWebhookHandler({ provider: 'event-schedule', secret: ES_SECRET, onEvent });
    const { body, headers } = eventScheduleDelivery('sale.paid', sale, 'not-the-secret');
    const response = await handler(request(body, headers));
    expect([response.status, await response.text()]).toEqual([400, 'refused: signature_mismatch']);
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('over node:http on 127.0.0.1: the raw body reaches verifyWebhook byte for byte', async () => {
    const seen: WebhookEvent[] = [];
    const server = listen(createWebhookHandler({ provider: 'event-schedule', secret: ES_SECRET, onEvent: (e) => void seen.push(e) }), 0);
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const { body, headers } = eventScheduleDelivery('sale.refunded', sale);
      const response = await fetch(`http://127.0.0.1:${port}/hooks`, { method: 'POST', body, headers });
      expect(response.status).toBe(204);
      await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['order.refunded']));
      const forged = await fetch(`http://127.0.0.1:${port}/hooks`, { method: 'POST', body: body.replace('Jane', 'Joan'), headers });
      expect(forged.status).toBe(400);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
