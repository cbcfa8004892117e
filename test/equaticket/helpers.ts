/** Shared fixtures of the Equaticket adapter tests: wire objects shaped like the vendor's, and a client over a script. */
import { createClient } from '../../src/index.js';
import type { EquaticketClient } from '../../src/providers/equaticket/index.js';
import { json, scriptedFetch, type Answer } from '../helpers/wire.js';

export const KEY = 'sk_test_adapterkey';
export const BASE = 'https://app.equaticket.com/api/v1';

export const wireEvent = {
  id: '5d7c8e1a-0000-4000-8000-000000000001',
  title: 'Spring Workshop',
  slug: 'spring-workshop-2026',
  timezone: 'America/Chicago',
  starts_at: '2026-09-15T18:00:00Z',
  currency: 'usd',
  status: 'published',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-02T00:00:00.000Z',
};
export const wireTicketType = {
  id: 'tt-1',
  event_id: wireEvent.id,
  name: 'General Admission',
  price: 2500,
  currency: 'usd',
  quantity_total: 100,
  quantity_sold: 3,
};
export const wireOrder = {
  id: 'ord-1',
  order_number: 'EQ-1234',
  event_id: wireEvent.id,
  buyer_name: 'Jane Smith',
  buyer_email: 'jane@example.com',
  total_amount: 5000,
  currency: 'usd',
  status: 'confirmed',
  is_test_data: true,
  created_at: '2026-03-01T10:00:00Z',
  tickets: [{ ticket_type_id: 'tt-1', ticket_type_name: 'General Admission', quantity: 2, price: 2500 }],
};
export const wireAttendee = {
  id: 'tkt-1',
  ticket_code: 'ABCD1234',
  event_id: wireEvent.id,
  order_id: 'ord-1',
  ticket_type_id: 'tt-1',
  buyer_name: 'Jane Smith',
  buyer_email: 'jane@example.com',
  status: 'valid',
  checked_in: true,
  is_test_data: true,
};

export const list = (data: unknown[], next: string | null = null) =>
  json({ livemode: false, data, has_more: next !== null, next_cursor: next });

/** The vendor's error envelope. */
export const vendorError = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json({ error: { code, message: `msg ${code}`, request_id: 'req_abc', ...extra } }, { status });

/** A lost answer: `fetch` rejects without a connect code, so the request may have been processed. */
export const dropped = { reject: new TypeError('fetch failed') };

/** An Equaticket client over a scripted fetch (no retries unless `extra` says so). */
export function setup(answers: Answer[], extra: Record<string, unknown> = {}) {
  const wire = scriptedFetch(answers);
  const warnings: string[] = [];
  const tk = createClient({
    provider: 'equaticket',
    apiKey: KEY,
    fetch: wire.fetch,
    maxRetries: 0,
    // Pacing has its own tests (test/core/vendor-rate-limits.test.ts); a scripted fake would only make it sleep.
    rateLimit: false,
    logger: { error: () => {}, warn: (m) => warnings.push(m), info: () => {}, debug: () => {} },
    ...extra,
  }) as EquaticketClient;
  return { tk, native: tk.native, seen: wire.seen, warnings };
}
