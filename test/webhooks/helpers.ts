/** Signed deliveries for the webhook tests, signed independently of the SDK (node:crypto, not Web Crypto). */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ES_SECRET = 'whsec_event_schedule_3f9a';
export const EQ_SECRET = 'whsec_equaticket_7b21';
/** 2026-04-14T10:00:00Z, in unix seconds. */
export const T = 1_776_160_800;

export function fixtureText(path: string): string {
  return readFileSync(resolve(__dirname, '../fixtures/webhooks', path), 'utf8');
}
export function fixtureJson<T = any>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}

export function hmacHex(secret: string, message: string | Buffer): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

/** An Event Schedule delivery: the body as the vendor builds it and its three headers. */
export function eventScheduleDelivery(type: string, data: unknown, secret = ES_SECRET, timestamp = '2026-09-15T18:30:00+00:00') {
  const body = JSON.stringify({ event: type, timestamp, data });
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'X-Webhook-Signature': `sha256=${hmacHex(secret, body)}`,
      'X-Webhook-Event': type,
      'X-Webhook-Timestamp': timestamp,
      'User-Agent': 'EventSchedule-Webhook/1.0',
    },
  };
}

/** An Equaticket delivery under the guessed scheme: `Equaticket-Signature: t=<t>,v1=<hex of "<t>.<body>">`. */
export function equaticketDelivery(envelope: unknown, secrets: string[] = [EQ_SECRET], t = T) {
  const body = typeof envelope === 'string' ? envelope : JSON.stringify(envelope);
  const v1 = secrets.map((s) => `v1=${hmacHex(s, `${t}.${body}`)}`).join(',');
  return { body, headers: { 'content-type': 'application/json', 'Equaticket-Signature': `t=${t},${v1}` } };
}
