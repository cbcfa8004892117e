/**
 * A vendor answer that echoes the API key (a 400 naming what it was sent) must not carry the key into the error, its
 * JSON or inspection, the hooks, or the logs.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ValidationError, type TicketingError } from '../../src/index.js';
import { json } from '../helpers/wire.js';
import { KEY, setup, wireEvent } from './helpers.js';

const echoing = () =>
  json(
    {
      error: {
        code: `validation_error_${KEY}`,
        message: `Invalid value for Authorization: Bearer ${KEY}`,
        request_id: `req_${KEY}`,
        param: KEY,
        doc_url: `https://equaticket.com/help?key=${KEY}`,
        echoed: { authorization: `Bearer ${KEY}`, nested: [KEY] },
      },
    },
    { status: 400 },
  );

function everywhere(error: TicketingError): string {
  const own = Object.getOwnPropertyNames(error).map((name) => {
    const value = (error as unknown as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  });
  return [error.message, JSON.stringify(error), inspect(error, { depth: 10 }), String(error.stack), ...own].join('\n');
}

describe('a key echoed in a 400 body', () => {
  it('appears nowhere in the error: message, fields, code, request id, doc URL, raw, JSON, inspect', async () => {
    const { tk } = setup([echoing()]);
    const error = (await tk.events.create({ name: 'x', start: '2026-01-01T00:00:00Z', timezone: 'UTC', currency: 'USD' }).catch((e) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields).toHaveLength(1);
    expect(everywhere(error)).not.toContain(KEY);
    // What the vendor said is still there, redacted.
    expect(error.message).toContain('Invalid value for Authorization');
  });

  it('appears in no hook payload and no log line (debug level included)', async () => {
    const seenByHooks: unknown[] = [];
    const logged: string[] = [];
    const log = (message: string, data?: unknown) => logged.push(`${message} ${JSON.stringify(data ?? null)}`);
    const { tk } = setup([echoing()], {
      logLevel: 'debug',
      logger: { error: log, warn: log, info: log, debug: log },
      hooks: {
        onRequest: (info: unknown) => seenByHooks.push(info),
        onResponse: (info: unknown) => seenByHooks.push(info),
        onError: (error: TicketingError) => seenByHooks.push(everywhere(error)),
      },
    });
    await tk.events.get(wireEvent.id).catch(() => null);
    await tk.native.updateEvent(wireEvent.id, { title: 'x' }).catch(() => null);
    expect(seenByHooks.length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(seenByHooks)).not.toContain(KEY);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(KEY);
  });
});
