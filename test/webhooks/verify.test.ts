/** verifyWebhook: signatures at the bytes the vendor sends, checked against vectors computed here with node:crypto. */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  EQUATICKET_SIGNATURE_HEADER_GUESS,
  EQUATICKET_TOLERANCE_SECONDS_GUESS,
  UnsupportedCapabilityError,
  ValidationError,
  WEBHOOK_MAX_BODY_BYTES,
  WebhookVerificationError,
  verifyWebhook,
  type VerifyWebhookOptions,
} from '../../src/webhooks/index.js';
import { isTicketingError } from '../../src/index.js';
import { EQ_SECRET, ES_SECRET, T, equaticketDelivery, eventScheduleDelivery, fixtureJson, fixtureText, hmacHex } from './helpers.js';

const sale = fixtureJson('event-schedule/sale.json');
const eqCreated = fixtureJson('equaticket/order.created.json');
const NOW = T * 1000;

async function refusal(options: VerifyWebhookOptions): Promise<any> {
  const error = await verifyWebhook(options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').not.toBeNull();
  return error;
}

/** The error tells nothing of the secret or the body, in any form a logger may print. */
function expectNoLeak(error: unknown, ...secrets: string[]): void {
  for (const form of [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 5 }), String((error as Error).stack)]) {
    for (const secret of secrets) expect(form).not.toContain(secret);
  }
}

describe('Event Schedule: X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the raw body>', () => {
  it('accepts a known vector (a fixed body and secret, digest computed independently)', async () => {
    const body = '{"event":"sale.paid","timestamp":"2026-09-15T18:30:00+00:00","data":{"id":"Xk3PqR","event_id":"Lm9TzQ","status":"paid"}}';
    const digest = hmacHex('s3cr3t', body);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const event = await verifyWebhook({ provider: 'event-schedule', body, headers: { 'X-Webhook-Signature': `sha256=${digest}` }, secret: 's3cr3t' });
    expect(event).toMatchObject({ provider: 'event-schedule', type: 'order.paid', typeRaw: 'sale.paid', ref: { id: 'Xk3PqR' } });
    // uppercase hex is the same signature
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers: { 'x-webhook-signature': `sha256=${digest.toUpperCase()}` }, secret: 's3cr3t' })).resolves.toBeTruthy();
  });

  it('refuses a tampered body, a wrong secret, a signature for other bytes (a re-serialized body)', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    const tampered = await refusal({ provider: 'event-schedule', body: body.replace('"payment_amount":50', '"payment_amount":5'), headers, secret: ES_SECRET });
    expect(tampered).toBeInstanceOf(WebhookVerificationError);
    expect(tampered).toMatchObject({ reason: 'signature_mismatch', code: 'webhook_verification', header: 'X-Webhook-Signature', provider: 'event-schedule' });
    const wrong = await refusal({ provider: 'event-schedule', body, headers, secret: 'not-the-secret' });
    expect(wrong.reason).toBe('signature_mismatch');
    const reserialized = await refusal({ provider: 'event-schedule', body: JSON.stringify(JSON.parse(body), null, 2), headers, secret: ES_SECRET });
    expect(reserialized.reason).toBe('signature_mismatch');
  });

  it('accepts any secret of a rotation (an array), in either position', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale, 'new-secret');
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers, secret: ['old-secret', 'new-secret'] })).resolves.toMatchObject({ type: 'order.paid' });
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers, secret: ['new-secret', 'old-secret'] })).resolves.toMatchObject({ type: 'order.paid' });
    expect((await refusal({ provider: 'event-schedule', body, headers, secret: ['a', 'b'] })).reason).toBe('signature_mismatch');
  });

  it('a missing or malformed header is refused with its own reason', async () => {
    const { body } = eventScheduleDelivery('sale.paid', sale);
    expect((await refusal({ provider: 'event-schedule', body, headers: {}, secret: ES_SECRET })).reason).toBe('missing_signature');
    expect((await refusal({ provider: 'event-schedule', body, secret: ES_SECRET })).reason).toBe('missing_signature');
    expect((await refusal({ provider: 'event-schedule', body, headers: { 'X-Webhook-Signature': '' }, secret: ES_SECRET })).reason).toBe('missing_signature');
    for (const bad of ['md5=abc', 'sha256=', 'sha256=xyz', hmacHex(ES_SECRET, body), 'sha256=abc']) {
      expect((await refusal({ provider: 'event-schedule', body, headers: { 'X-Webhook-Signature': bad }, secret: ES_SECRET })).reason, bad).toBe('malformed_signature');
    }
  });

  it('signs no timestamp: none is checked by default; toleranceSeconds checks the signed body timestamp', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale, ES_SECRET, '2026-09-15T18:30:00+00:00');
    const sent = Date.parse('2026-09-15T18:30:00Z');
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers, secret: ES_SECRET, now: sent + 86_400_000 })).resolves.toBeTruthy();
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers, secret: ES_SECRET, now: sent + 200_000, toleranceSeconds: 300 })).resolves.toBeTruthy();
    const stale = await refusal({ provider: 'event-schedule', body, headers, secret: ES_SECRET, now: sent + 301_000, toleranceSeconds: 300 });
    expect(stale).toMatchObject({ reason: 'timestamp_out_of_tolerance' });
    expect(stale.message).toContain('301 s old');
    // The unsigned X-Webhook-Timestamp header cannot move the check.
    const forged = { ...headers, 'X-Webhook-Timestamp': new Date(sent + 301_000).toISOString() };
    expect((await refusal({ provider: 'event-schedule', body, headers: forged, secret: ES_SECRET, now: sent + 301_000, toleranceSeconds: 300 })).reason).toBe('timestamp_out_of_tolerance');
  });
});

describe('Equaticket: the guessed scheme (Equaticket-Signature: t=<unix>,v1=<hex of "<t>.<body>">)', () => {
  it('accepts a known vector; the header name and tolerance are the _GUESS constants', async () => {
    expect(EQUATICKET_SIGNATURE_HEADER_GUESS).toBe('Equaticket-Signature');
    expect(EQUATICKET_TOLERANCE_SECONDS_GUESS).toBe(300);
    const body = fixtureText('equaticket/order.created.json');
    const v1 = hmacHex(EQ_SECRET, `${T}.${body}`);
    const event = await verifyWebhook({ provider: 'equaticket', body, headers: { 'equaticket-signature': `t=${T},v1=${v1}` }, secret: EQ_SECRET, now: NOW });
    expect(event).toMatchObject({ type: 'order.created', id: 'evt_1a2b3c4d5e6f', occurredAt: '2026-04-14T10:00:00Z' });
  });

  it('refuses a signature over the body alone, a tampered body, a changed t, a wrong secret', async () => {
    const { body, headers } = equaticketDelivery(eqCreated);
    const bodyOnly = `t=${T},v1=${hmacHex(EQ_SECRET, body)}`;
    expect((await refusal({ provider: 'equaticket', body, headers: { 'Equaticket-Signature': bodyOnly }, secret: EQ_SECRET, now: NOW })).reason).toBe('signature_mismatch');
    expect((await refusal({ provider: 'equaticket', body: body.replace('2500', '25'), headers, secret: EQ_SECRET, now: NOW })).reason).toBe('signature_mismatch');
    const shifted = { 'Equaticket-Signature': headers['Equaticket-Signature'].replace(`t=${T}`, `t=${T + 1}`) };
    expect((await refusal({ provider: 'equaticket', body, headers: shifted, secret: EQ_SECRET, now: NOW })).reason).toBe('signature_mismatch');
    expect((await refusal({ provider: 'equaticket', body, headers, secret: 'whsec_other', now: NOW })).reason).toBe('signature_mismatch');
  });

  it('rotation: several v1 entries in the header, several secrets in the call', async () => {
    const { body, headers } = equaticketDelivery(eqCreated, ['old', 'new']);
    await expect(verifyWebhook({ provider: 'equaticket', body, headers, secret: 'new', now: NOW })).resolves.toBeTruthy();
    await expect(verifyWebhook({ provider: 'equaticket', body, headers, secret: 'old', now: NOW })).resolves.toBeTruthy();
    const single = equaticketDelivery(eqCreated, ['new']);
    await expect(verifyWebhook({ provider: 'equaticket', ...single, secret: ['old', 'new'], now: NOW })).resolves.toBeTruthy();
    // an unknown scheme entry next to v1 is ignored
    const withV0 = { 'Equaticket-Signature': `${single.headers['Equaticket-Signature']},v0=deadbeef` };
    await expect(verifyWebhook({ provider: 'equaticket', body, headers: withV0, secret: 'new', now: NOW })).resolves.toBeTruthy();
  });

  it('stale and future timestamps beyond the tolerance are refused; inside it, or with 0, accepted', async () => {
    const { body, headers } = equaticketDelivery(eqCreated);
    await expect(verifyWebhook({ provider: 'equaticket', body, headers, secret: EQ_SECRET, now: NOW + 300_000 })).resolves.toBeTruthy();
    await expect(verifyWebhook({ provider: 'equaticket', body, headers, secret: EQ_SECRET, now: new Date(NOW - 300_000) })).resolves.toBeTruthy();
    const stale = await refusal({ provider: 'equaticket', body, headers, secret: EQ_SECRET, now: NOW + 301_000 });
    expect(stale).toMatchObject({ reason: 'timestamp_out_of_tolerance', header: 'Equaticket-Signature' });
    const future = await refusal({ provider: 'equaticket', body, headers, secret: EQ_SECRET, now: NOW - 301_000 });
    expect(future.message).toContain('in the future');
    await expect(verifyWebhook({ provider: 'equaticket', body, headers, secret: EQ_SECRET, now: NOW + 3_600_000, toleranceSeconds: 3600 })).resolves.toBeTruthy();
    await expect(verifyWebhook({ provider: 'equaticket', body, headers, secret: EQ_SECRET, now: NOW + 86_400_000, toleranceSeconds: 0 })).resolves.toBeTruthy();
  });

  it('malformed headers: no t, two t, no v1, non-hex v1', async () => {
    const { body } = equaticketDelivery(eqCreated);
    const v1 = hmacHex(EQ_SECRET, `${T}.${body}`);
    for (const bad of [`v1=${v1}`, `t=${T},t=${T},v1=${v1}`, `t=${T}`, `t=${T},v1=zz`, `t=abc,v1=${v1}`, 'garbage']) {
      expect((await refusal({ provider: 'equaticket', body, headers: { 'Equaticket-Signature': bad }, secret: EQ_SECRET, now: NOW })).reason, bad).toBe('malformed_signature');
    }
    expect((await refusal({ provider: 'equaticket', body, headers: { 'X-Other': 'x' }, secret: EQ_SECRET, now: NOW })).reason).toBe('missing_signature');
  });

  it('the header and scheme are configurable: the second guess (X-Equaticket-Signature: sha256=<hex of the body>)', async () => {
    const body = JSON.stringify(eqCreated);
    const headers = { 'X-Equaticket-Signature': `sha256=${hmacHex(EQ_SECRET, body)}` };
    const signature = { header: 'X-Equaticket-Signature', scheme: 'sha256-body' } as const;
    await expect(verifyWebhook({ provider: 'equaticket', body, headers, secret: EQ_SECRET, signature })).resolves.toMatchObject({ type: 'order.created' });
    expect((await refusal({ provider: 'equaticket', body, headers, secret: EQ_SECRET })).reason).toBe('missing_signature');
    const typo = await refusal({ provider: 'equaticket', body, headers, secret: EQ_SECRET, signature: { headr: 'x' } as never });
    expect(typo).toBeInstanceOf(ValidationError);
    expect(typo.message).toContain('did you mean "header"');
    const elsewhere = await refusal({ provider: 'event-schedule', body, headers, secret: EQ_SECRET, signature });
    expect(elsewhere).toBeInstanceOf(ValidationError);
  });
});

describe('the raw body, its forms and its cap', () => {
  it('takes a string, a Uint8Array, a Buffer, an ArrayBuffer, or a Request (then its headers)', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    const bytes = new TextEncoder().encode(body);
    for (const form of [body, bytes, Buffer.from(body), bytes.buffer.slice(0)]) {
      await expect(verifyWebhook({ provider: 'event-schedule', body: form as never, headers, secret: ES_SECRET })).resolves.toMatchObject({ type: 'order.paid' });
    }
    const request = new Request('https://receiver.example/hooks', { method: 'POST', body, headers });
    await expect(verifyWebhook({ provider: 'event-schedule', body: request, secret: ES_SECRET })).resolves.toMatchObject({ type: 'order.paid' });
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers: new Headers(headers), secret: ES_SECRET })).resolves.toBeTruthy();
  });

  it('header names in any case; a node-style array value is joined', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    const sig = headers['X-Webhook-Signature'];
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers: { 'X-WEBHOOK-SIGNATURE': sig }, secret: ES_SECRET })).resolves.toBeTruthy();
    await expect(verifyWebhook({ provider: 'event-schedule', body, headers: { 'x-webhook-signature': [sig] }, secret: ES_SECRET })).resolves.toBeTruthy();
  });

  it('a Request and headers together, or a Request already read, is a ValidationError', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    const request = new Request('https://receiver.example/hooks', { method: 'POST', body, headers });
    expect(await refusal({ provider: 'event-schedule', body: request, headers, secret: ES_SECRET })).toBeInstanceOf(ValidationError);
    const read = new Request('https://receiver.example/hooks', { method: 'POST', body, headers });
    await read.text();
    const error = await refusal({ provider: 'event-schedule', body: read, secret: ES_SECRET });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('already read');
  });

  it('a parsed object (or array, null, number) is refused and the message says how to get the raw body', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    for (const parsed of [JSON.parse(body), [1], null, 42, undefined]) {
      const error = await refusal({ provider: 'event-schedule', body: parsed as never, headers, secret: ES_SECRET });
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.fields[0].field).toBe('body');
      for (const server of ['raw body', 'Express', 'express.raw', 'Fastify', 'Hono', 'node:http']) expect(error.message).toContain(server);
      expectNoLeak(error, ES_SECRET, 'tkt-access-7f3a9c2e1b', 'jane@example.com');
    }
  });

  it('bodies over the cap are refused unread (string, bytes, Request with and without content-length)', async () => {
    expect(WEBHOOK_MAX_BODY_BYTES).toBe(1024 * 1024);
    const { headers } = eventScheduleDelivery('sale.paid', sale);
    const big = 'x'.repeat(WEBHOOK_MAX_BODY_BYTES + 1);
    for (const body of [big, Buffer.from(big)]) {
      const error = await refusal({ provider: 'event-schedule', body, headers, secret: ES_SECRET });
      expect(error).toMatchObject({ reason: 'body_too_large' });
    }
    const small = await refusal({ provider: 'event-schedule', body: '{"event":"sale.paid"}', headers, secret: ES_SECRET, maxBodyBytes: 10 });
    expect(small.reason).toBe('body_too_large');
    const declared = new Request('https://r.example/', { method: 'POST', body: big, headers: { 'content-length': String(big.length) } });
    expect((await refusal({ provider: 'event-schedule', body: declared, secret: ES_SECRET })).reason).toBe('body_too_large');
    // A streamed body with no length: reading stops at the cap.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
        if (pulled > 1000) controller.close();
      },
    });
    const streamed = new Request('https://r.example/', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect((await refusal({ provider: 'event-schedule', body: streamed, secret: ES_SECRET })).reason).toBe('body_too_large');
    expect(pulled).toBeLessThan(40);
    // (multi-byte text: the cap counts UTF-8 bytes)
    const multi = await refusal({ provider: 'event-schedule', body: 'é'.repeat(6), headers, secret: ES_SECRET, maxBodyBytes: 10 });
    expect(multi.reason).toBe('body_too_large');
  });

  it('a verified body that is not a JSON object is an invalid_payload refusal', async () => {
    for (const text of ['not json', '[1,2]', '"x"']) {
      const headers = { 'X-Webhook-Signature': `sha256=${hmacHex(ES_SECRET, text)}` };
      expect((await refusal({ provider: 'event-schedule', body: text, headers, secret: ES_SECRET })).reason).toBe('invalid_payload');
    }
    const bad = Buffer.from([0xff, 0xfe, 0x7b]);
    expect((await refusal({ provider: 'event-schedule', body: bad, headers: { 'X-Webhook-Signature': `sha256=${hmacHex(ES_SECRET, bad)}` }, secret: ES_SECRET })).reason).toBe('invalid_payload');
    expect((await refusal({ provider: 'eventbrite', body: '{"api_url":"https://www.eventbriteapi.com/v3/orders/1/"}' })).reason).toBe('invalid_payload');
  });
});

describe('configuration and refusals of the call itself', () => {
  it('a signed vendor without a secret (or an empty one) is a ConfigError; Eventbrite refuses a secret', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    for (const secret of [undefined, '', '  ', [], [''], [ES_SECRET, 3]]) {
      const error = await refusal({ provider: 'event-schedule', body, headers, secret: secret as never });
      expect(error, JSON.stringify(secret)).toBeInstanceOf(ConfigError);
      expect(error.message).toContain('signing secret');
    }
    expect(await refusal({ provider: 'equaticket', body, headers })).toBeInstanceOf(ConfigError);
    const eb = await refusal({ provider: 'eventbrite', body: fixtureText('eventbrite/order.placed.json'), secret: 'x' });
    expect(eb).toBeInstanceOf(ConfigError);
    expect(eb.message).toContain('receiving URL secret');
  });

  it('Seaty and Event Vault: UnsupportedCapabilityError; an unknown provider or option key: ValidationError naming the closest', async () => {
    for (const provider of ['seaty', 'event-vault'] as const) {
      const error = await refusal({ provider, body: '{}', headers: {}, secret: 'x' });
      expect(error).toBeInstanceOf(UnsupportedCapabilityError);
      expect(error.capability).toBe('webhooks');
    }
    const typo = await refusal({ provider: 'event-shedule' as never, body: '{}' });
    expect(typo).toBeInstanceOf(ValidationError);
    expect(typo.message).toContain('did you mean "event-schedule"');
    const key = await refusal({ provider: 'event-schedule', body: '{}', secret: 'x', tolerance: 5 } as never);
    expect(key.message).toContain('did you mean "toleranceSeconds"');
    expect(await refusal({ provider: 'equaticket', body: '{}', secret: 'x', toleranceSeconds: -1 })).toBeInstanceOf(ValidationError);
    expect(await refusal({ provider: 'equaticket', body: '{}', secret: 'x', now: 'today' as never })).toBeInstanceOf(ValidationError);
    expect(await refusal({ provider: 'equaticket', body: '{}', secret: 'x', maxBodyBytes: 0 })).toBeInstanceOf(ValidationError);
    expect(await refusal(null as never)).toBeInstanceOf(ValidationError);
  });

  it('every refusal is a TicketingError that holds neither the secret, the signature nor the body', async () => {
    const { body, headers } = eventScheduleDelivery('sale.paid', sale);
    const errors = [
      await refusal({ provider: 'event-schedule', body: body.replace('Jane', 'Jone'), headers, secret: ES_SECRET }),
      await refusal({ provider: 'event-schedule', body, headers, secret: [ES_SECRET.slice(0, -1), 'whsec_second_one'] }),
      await refusal({ provider: 'event-schedule', body, headers: { 'X-Webhook-Signature': 'sha256=nothex' }, secret: ES_SECRET }),
      await refusal({ provider: 'event-schedule', body, headers, secret: ES_SECRET, now: 0, toleranceSeconds: 1 }),
      await refusal({ provider: 'event-schedule', body, headers, secret: ES_SECRET, maxBodyBytes: 100 }),
    ];
    for (const error of errors) {
      expect(isTicketingError(error)).toBe(true);
      expect(error.raw).toBeNull();
      expectNoLeak(error, ES_SECRET, 'whsec_second_one', headers['X-Webhook-Signature'].slice(7), 'tkt-access-7f3a9c2e1b', 'jane@example.com', 'Jane Smith');
      expect(error.bodyBytes === null || typeof error.bodyBytes === 'number').toBe(true);
    }
  });
});
