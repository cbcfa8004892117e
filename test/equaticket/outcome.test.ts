/**
 * Outcome truth at the wire: after a write settles with an error, `outcomeUnknown` says whether Equaticket may hold
 * the write (`true` once any attempt may have landed, whatever later attempts answered), `false` only when it cannot;
 * never `null`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  ServerError,
  ValidationError,
  type TicketingError,
} from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';
import { json } from '../helpers/wire.js';
import { dropped, setup, vendorError, wireEvent, wireTicketType } from './helpers.js';

const refused = { reject: Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }) };
const html = () => new Response('<html><body>Bad gateway</body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
const ttId = `${wireEvent.id}:tt-1`;
const newEvent = { name: 'Gala', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' };

async function failure(promise: PromiseLike<unknown>): Promise<TicketingError> {
  return (await Promise.resolve(promise).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  )) as TicketingError;
}

beforeEach(() => {
  // Backoff with no jitter delay, so retries run at once.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sticky over all attempts (13.2)', () => {
  it('ticketTypes.delete after [dropped answer, 409]: ConflictError with outcomeUnknown true, one key for both attempts', async () => {
    const { tk, seen } = setup([dropped, vendorError(409, 'conflict')], { maxRetries: 1 });
    const error = await failure(tk.ticketTypes.delete(ttId));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.attempts.map((a) => a.error)).toEqual(['network', 'conflict']);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /api/v1/events/${wireEvent.id}/ticket-types/tt-1`,
      `DELETE /api/v1/events/${wireEvent.id}/ticket-types/tt-1`,
    ]);
    expect(seen[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[1]!.headers['idempotency-key']).toBe(seen[0]!.headers['idempotency-key']);
  });

  it('ticketTypes.delete after [dropped answer, 404] resolves as deleted: the first attempt deleted it (goneAfterRetry)', async () => {
    const { tk, seen } = setup([dropped, vendorError(404, 'not_found')], { maxRetries: 1 });
    expect(await tk.ticketTypes.delete(ttId)).toEqual({ id: ttId, deleted: true });
    expect(seen).toHaveLength(2);
  });

  it('the native ticket type and webhook deletes resolve the same way', async () => {
    const { native } = setup([dropped, vendorError(404, 'not_found'), dropped, vendorError(404, 'not_found')], { maxRetries: 1 });
    expect(await native.deleteTicketType('e1', 't1')).toBeNull();
    expect(await native.deleteWebhook('w1')).toBeNull();
  });

  it('a 404 on the first attempt of a delete is still NotFoundError (nothing may have landed)', async () => {
    const { tk } = setup([vendorError(404, 'not_found')], { maxRetries: 1 });
    const error = await failure(tk.ticketTypes.delete(ttId));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.outcomeUnknown).toBe(false);
  });

  it('events.create after [network error of unknown phase, 400]: ValidationError with outcomeUnknown true', async () => {
    const { tk, seen } = setup([dropped, vendorError(400, 'validation_error', { param: 'slug' })], { maxRetries: 1 });
    const error = await failure(tk.events.create(newEvent));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.idempotencyKey).toBe(seen[0]!.headers['idempotency-key']);
    expect(seen[1]!.headers['idempotency-key']).toBe(seen[0]!.headers['idempotency-key']);
  });

  it('events.create after [connection refused, 400]: outcomeUnknown false (no attempt can have landed)', async () => {
    const { tk } = setup([refused, vendorError(400, 'validation_error')], { maxRetries: 1 });
    const error = await failure(tk.events.create(newEvent));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.outcomeUnknown).toBe(false);
  });

  it('through the emulator: a delete whose answer is lost is retried, finds nothing, and resolves; the type is gone', async () => {
    let typeId = '';
    const mock = createMockClient({
      provider: 'equaticket',
      client: { maxRetries: 1 },
      seed: (s) => {
        typeId = s.ticketType({ eventId: s.event().id, quantitySold: 0 }).id;
      },
    });
    mock.faults.once('ticketTypes.delete', { kind: 'network', phase: 'response' });
    expect(await mock.client.ticketTypes.delete(typeId)).toEqual({ id: typeId, deleted: true });
    // The first answer was lost on the way back (the emulator had deleted it), the retry found nothing.
    expect(mock.calls.map((c) => [c.op, c.status])).toEqual([['ticketTypes.delete', null], ['ticketTypes.delete', 404]]);
    await expect(mock.client.ticketTypes.get(typeId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('a read before a write (13.3)', () => {
  it('ticketTypes.create of a free type: a failed read of the event is outcomeUnknown false, and nothing is written', async () => {
    for (const answer of [vendorError(404, 'not_found'), vendorError(500, 'internal_error'), dropped, html()]) {
      const { tk, seen } = setup([answer]);
      const error = await failure(tk.ticketTypes.create({ eventId: wireEvent.id, name: 'Free', price: null }));
      expect(error.outcomeUnknown).toBe(false);
      expect(seen.map((r) => r.method)).toEqual(['GET']);
    }
  });

  it('an event without a currency: a ValidationError before the write, outcomeUnknown false', async () => {
    const { tk, seen } = setup([json({ ...wireEvent, currency: null })]);
    const error = await failure(tk.ticketTypes.create({ eventId: wireEvent.id, name: 'Free', price: null }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.outcomeUnknown).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it('the write after the read keeps its own outcome: a dropped POST is outcomeUnknown true', async () => {
    const { tk, seen } = setup([json(wireEvent), dropped]);
    const error = await failure(tk.ticketTypes.create({ eventId: wireEvent.id, name: 'Free', price: null }));
    expect(error.outcomeUnknown).toBe(true);
    expect(seen.map((r) => r.method)).toEqual(['GET', 'POST']);
  });
});

describe('a 2xx that cannot be read after a write (13.4)', () => {
  const writes: Array<[string, (tk: ReturnType<typeof setup>['tk']) => PromiseLike<unknown>]> = [
    ['events.create', (tk) => tk.events.create(newEvent)],
    ['events.update', (tk) => tk.events.update(wireEvent.id, { name: 'x' })],
    ['events.publish', (tk) => tk.events.publish(wireEvent.id)],
    ['events.cancel', (tk) => tk.events.cancel(wireEvent.id)],
    ['ticketTypes.create', (tk) => tk.ticketTypes.create({ eventId: wireEvent.id, name: 'GA', price: { amount: 100, currency: 'USD' } })],
    ['ticketTypes.update', (tk) => tk.ticketTypes.update(ttId, { name: 'x' })],
    ['ticketTypes.delete', (tk) => tk.ticketTypes.delete(ttId)],
  ];

  it.each(writes)('%s answered 200 with an HTML page: InvalidResponseError, outcomeUnknown true, key kept', async (_name, call) => {
    const { tk, seen } = setup([html()]);
    const error = await failure(call(tk));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.idempotencyKey).toBe(seen[0]!.headers['idempotency-key']);
  });

  it.each(writes.filter(([name]) => name !== 'ticketTypes.delete'))(
    '%s answered 200 with JSON that is not the object (no id): InvalidResponseError, outcomeUnknown true',
    async (_name, call) => {
      const { tk } = setup([json({ livemode: false, data: { title: 'no id' } })]);
      const error = await failure(call(tk));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.outcomeUnknown).toBe(true);
    },
  );

  it('a read answered with HTML is not a write: outcomeUnknown stays null', async () => {
    const { tk } = setup([html()]);
    const error = await failure(tk.events.get(wireEvent.id));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.outcomeUnknown).toBeNull();
  });

  it('a 5xx after a write may have landed; a 4xx on the only attempt did not', async () => {
    const server = await failure(setup([vendorError(500, 'internal_error')]).tk.events.publish(wireEvent.id));
    expect(server).toBeInstanceOf(ServerError);
    expect(server.outcomeUnknown).toBe(true);
    const conflict = await failure(setup([vendorError(409, 'conflict')]).tk.events.publish(wireEvent.id));
    expect(conflict.outcomeUnknown).toBe(false);
  });
});

it('a successful write keeps working end to end (sanity of the fixtures above)', async () => {
  const { tk } = setup([json(wireTicketType)]);
  expect((await tk.ticketTypes.update(ttId, { name: 'x' })).id).toBe(ttId);
});
