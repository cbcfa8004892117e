/**
 * A Seaty 400 that echoes the API key (a body naming the bad header, a code that is the key, a plain-text page)
 * must not put the key, or any part of it long enough to matter, anywhere: not in the error's message, fields, raw,
 * vendorCode, its JSON or `util.inspect` form, nor in what hooks and the logger receive.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isTicketingError, type TicketingError, type ValidationError } from '../../src/core/errors.js';
import { mapSeatyError } from '../../src/providers/seaty/errors.js';
import { client, event1024, fakeSeaty, json, KEY, type Handler } from './helpers.js';

/** The key's secret part (after `sk_live_`): no 12 characters of it in a row may show. */
const SECRET_PART = KEY.slice('sk_live_'.length);
const pieces = Array.from({ length: SECRET_PART.length - 11 }, (_, i) => SECRET_PART.slice(i, i + 12));

function leaks(text: string): string[] {
  return pieces.filter((piece) => text.includes(piece));
}

function everything(error: TicketingError): string {
  return [
    error.message,
    JSON.stringify((error as ValidationError).fields),
    JSON.stringify(error.raw),
    String(error.vendorCode),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    String(error.stack),
  ].join('\n');
}

const ECHOES: Array<[string, Handler]> = [
  [
    'nested message and field errors',
    () =>
      json(
        {
          error: {
            code: 'bad_request',
            message: `Malformed Authorization header: Bearer ${KEY}`,
            errors: { authorization: [`"Bearer ${KEY}" is not a valid key`], header: [KEY] },
          },
        },
        400,
      ),
  ],
  ['the key as the code', () => json({ error: { code: KEY, message: 'bad key' } }, 400)],
  ['a flat body', () => json({ code: 'bad_request', message: `key ${KEY} rejected`, detail: KEY }, 400)],
  // A plain-text page where Seaty's message would be cut at 200 characters right through the key.
  ['a plain-text page cut through the key', () => ({ status: 400, body: `${'x'.repeat(170)} ${KEY} trailing`, headers: { 'content-type': 'text/plain' } })],
  ['an HTML page', () => ({ status: 400, body: `<html><p>${'y'.repeat(100)}${KEY}</p></html>`, headers: { 'content-type': 'text/html' } })],
  ['a 422 on the payment', () => json({ error: { code: 'unprocessable_entity', message: `Payee unknown (key ${KEY})` } }, 422)],
];

describe('Seaty: a key echoed in an error body is nowhere in the error, the hooks or the logs', () => {
  for (const [name, answer] of ECHOES) {
    it(name, async () => {
      const { fetch } = fakeSeaty({
        'GET /v1/events/1024': () => json(event1024),
        'GET /v1/events/1025': answer,
        'POST /v1/events/1024/balance-payments': answer,
      });
      const hooked: unknown[] = [];
      const logged: unknown[] = [];
      const log = (...args: unknown[]) => logged.push(args);
      const tk = client(fetch, {
        logLevel: 'debug',
        logger: { debug: log, info: log, warn: log, error: log },
        hooks: {
          onRequest: (info) => hooked.push(info),
          onResponse: (info) => hooked.push(info),
          onRetry: (info) => hooked.push(info),
          onError: (error) => hooked.push(everything(error)),
        },
      });
      const errors = [
        await tk.events.get('1025').then(() => null, (e: unknown) => e),
        await tk.native.getEvent(1025).then(() => null, (e: unknown) => e),
        await tk.orders
          .recordPayment({ eventId: '1024', payeeEmail: 'a@b.co', amount: { amount: 100, currency: 'GBP' }, method: 'cash' })
          .then(() => null, (e: unknown) => e),
      ];
      for (const error of errors) {
        expect(isTicketingError(error)).toBe(true);
        expect(leaks(everything(error as TicketingError))).toEqual([]);
      }
      expect(leaks(inspect(hooked, { depth: 10 }))).toEqual([]);
      expect(leaks(inspect(logged, { depth: 10 }))).toEqual([]);
      expect(hooked.length).toBeGreaterThan(0);
    });
  }

  it('the message still says what went wrong', async () => {
    const { fetch } = fakeSeaty({ 'GET /v1/events/1025': ECHOES[0]![1] });
    const error = (await client(fetch).events.get('1025').then(() => null, (e: unknown) => e)) as TicketingError;
    expect(error.message).toMatch(/^Seaty answered 400 bad_request: Malformed Authorization header: Bearer \[redacted\]/);
    expect((error as ValidationError).fields.map((f) => f.field)).toContain('authorization');
  });

  it('a key Seaty cut short itself (not the whole configured key) is still kept out of the message and fields', () => {
    const cut = `${KEY.slice(0, 34)}…`;
    const details = mapSeatyError({
      status: 400,
      headers: new Headers(),
      text: '',
      json: { error: { code: 'bad_request', message: `Unknown key ${cut}`, errors: { [cut]: [`${cut} is revoked`] } } },
      method: 'GET',
      url: 'https://developer.seaty.co.uk/v1/events',
    });
    expect(details.message).toBe('Seaty answered 400 bad_request: Unknown key [redacted]…');
    expect(details.fields).toEqual([{ field: '[redacted]…', message: '[redacted]… is revoked' }]);
  });

  it('a key cut short, or another key of the account, is scrubbed by the pipeline too: raw body, request id, hooks, logs', async () => {
    // Not the configured key whole, so only Seaty's key pattern (ProviderWire.secretPatterns) can catch these.
    const cut = KEY.slice(0, 30);
    const other = 'sk_live_ffffeeeeddddccccbbbbaaaa99998888.otherSignatureXYZ0123456';
    const { fetch } = fakeSeaty({
      'GET /v1/events/1025': () => ({
        status: 400,
        body: { error: { code: 'bad_request', message: 'bad key' }, echo: { sent: cut, known: [other] } },
        headers: { 'x-request-id': `req-${cut}` },
      }),
    });
    const hooked: unknown[] = [];
    const logged: unknown[] = [];
    const log = (...args: unknown[]) => logged.push(args);
    const tk = client(fetch, {
      logLevel: 'debug',
      logger: { debug: log, info: log, warn: log, error: log },
      hooks: { onResponse: (info) => hooked.push(info), onError: (error) => hooked.push(everything(error)) },
    });
    const error = (await tk.events.get('1025').then(() => null, (e: unknown) => e)) as TicketingError;
    expect(isTicketingError(error)).toBe(true);
    const seen = [everything(error), String(error.requestId), inspect(hooked, { depth: 10 }), inspect(logged, { depth: 10 })].join('\n');
    expect(seen).not.toContain(cut.slice(8));
    expect(seen).not.toContain(other.slice(8, 30));
    expect(JSON.stringify(error.raw)).toContain('[redacted]');
  });
});
