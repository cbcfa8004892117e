/**
 * A key echoed by Event Vault in an error body never leaves the SDK (issue 13 item 6): not in the error's message,
 * fields, raw, vendor code, JSON, inspection, nor in hooks or logs.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ValidationError, type TicketingError } from '../../src/index.js';
import { CFG, setup, text } from './helpers.js';

/** Everything a user or a log pipeline could see of an error. */
function exposure(error: TicketingError): string {
  return [
    error.message,
    JSON.stringify(error),
    JSON.stringify(error.toJSON()),
    inspect(error, { depth: 10 }),
    String(error.raw),
    String(error.vendorCode),
    JSON.stringify((error as ValidationError).fields ?? []),
  ].join('\n');
}

describe('an echoed API key is scrubbed everywhere', () => {
  const bodies: Array<[string, number, string]> = [
    ['a 400 naming the key', 400, `The x-api-key header value ${CFG.apiKey} is not valid.`],
    ['a 400 with the key at the message excerpt boundary', 400, `${'x'.repeat(290)} ${CFG.apiKey} trailing`],
    ['a 500 echoing the request headers', 500, `Error: bad request {"x-api-key":"${CFG.apiKey}","x-client-id":"${CFG.clientId}"}`],
    ['a 404 with the key in an unknown text', 404, `No route for key=${CFG.apiKey}`],
  ];

  it.each(bodies)('%s: not in the error, the onError hook or the logs', async (_label, status, body) => {
    const logged: string[] = [];
    const hooked: unknown[] = [];
    const log = (message: string, data?: unknown) => logged.push(`${message} ${inspect(data, { depth: 10 })}`);
    const { tk } = setup([text(body, status)], {
      maxRetries: 0,
      logLevel: 'debug',
      logger: { error: log, warn: log, info: log, debug: log },
      hooks: { onError: (e) => hooked.push(e), onResponse: (info) => hooked.push(info), onRequest: (info) => hooked.push(info) },
    });
    for (const call of [() => tk.native.addGuest({ userEmail: 'a@example.com' }), () => tk.attendees.list()]) {
      const error = (await Promise.resolve(call()).catch((e: unknown) => e)) as TicketingError;
      const seen = exposure(error);
      expect(seen).not.toContain(CFG.apiKey);
      // Not even the start of it (an excerpt cut through the key would survive a whole-key scrub).
      expect(seen).not.toContain(CFG.apiKey.slice(0, 8));
    }
    const elsewhere = [...logged, ...hooked.map((h) => inspect(h, { depth: 10 }))].join('\n');
    expect(elsewhere).not.toContain(CFG.apiKey);
    expect(elsewhere).not.toContain(CFG.apiKey.slice(0, 8));
    expect(hooked.length).toBeGreaterThan(0);
  });
});
