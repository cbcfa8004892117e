/** Shared setup for the Event Vault wire tests: a fake vendor (scripted fetch) and an injected clock. */
import { createEventVaultClient, type EventVaultConfig } from '../../src/providers/event-vault/index.js';
import { json, scriptedFetch, type Answer } from '../helpers/wire.js';

export const CFG = { apiKey: 'ev_secret_key_123456', clientId: 'client-42', eventId: 'evt-1' } as const;
export const BASE = 'https://api.event-vault.com';
export const T0 = Date.parse('2026-01-01T00:00:00Z');

/** A plain-text reply, with the content type the docs leave open (docs/vendors/event-vault.md, "Emulator: rules and guesses"). */
export function text(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}

export { json };

export const guests = [
  {
    email: 'jane.doe@example.com',
    country: 'USA',
    registered: false,
    vCardData: { FN: 'Jane Doe', ROLE: 'Speaker', ORG: 'Acme Corp', TEL: '+1234567890', URL: 'https://jane.example.com' },
  },
  { email: 'bob@example.com', country: '', registered: true, vCardData: { FN: 'Bob', ROLE: '', ORG: '', TEL: '', URL: '' } },
  { email: 'carol+vip@example.com' },
  { email: 'dan@example.com', vCardData: { FN: 'Dan' } },
  { email: 'eve@example.com', vCardData: { FN: 'Eve' }, extra: 'kept' },
];

export function setup(answers: Answer[], options: Partial<EventVaultConfig> = {}) {
  let now = T0;
  const wire = scriptedFetch(answers);
  const tk = createEventVaultClient({
    ...CFG,
    clock: () => now,
    fetch: wire.fetch,
    logLevel: 'off',
    ...options,
  });
  return {
    tk,
    seen: wire.seen,
    advance(ms: number) {
      now += ms;
    },
    now: () => now,
  };
}
