import { describe, expect, it } from 'vitest';
import { APIPromise, type WithResponse } from '../../src/core/api-promise.js';
import { mapResult, readBeforeWrite, writeThenRead } from '../../src/core/compose.js';
import { InvalidResponseError, NotFoundError, TicketingError, TimeoutError } from '../../src/core/errors.js';

const attempt = (n: number) => ({ attempt: n, status: 200, error: null, requestId: `r${n}`, durationMs: 1, retryDelayMs: null });
const ok = <T>(data: T, key: string | null = null): APIPromise<T> =>
  APIPromise.from(Promise.resolve<WithResponse<T>>({ data, response: new Response(null, { status: 201 }), requestId: 'r1', attempts: [attempt(1)], idempotencyKey: key, idempotentReplayed: false }));
const failing = (error: unknown): APIPromise<never> => APIPromise.from(Promise.reject(error));

describe('TicketingError.copyWith', () => {
  it('keeps the class, fields and stack, and applies the changes', () => {
    const original = new NotFoundError({ provider: 'seaty', message: 'gone', status: 404, requestId: 'q' });
    const copy = original.copyWith({ outcomeUnknown: true, writtenId: '7', message: 'changed' });
    expect(copy).toBeInstanceOf(NotFoundError);
    expect(copy).toMatchObject({ provider: 'seaty', status: 404, requestId: 'q', outcomeUnknown: true, writtenId: '7', message: 'changed', code: 'not_found' });
    expect(copy.stack!.split('\n')[0]).toBe('NotFoundError: changed');
    expect(copy.stack!.split('\n').slice(1)).toEqual(original.stack!.split('\n').slice(1));
    expect(original.outcomeUnknown).toBeNull();
    expect(JSON.stringify(copy)).toContain('"writtenId":"7"');
  });
});

describe('mapResult', () => {
  it('a mapping failure after a write is an InvalidResponseError that says the outcome is unknown, with the attempts', async () => {
    const error = (await mapResult('seaty', 'write', ok({ x: 1 }, 'k1'), () => {
      throw new Error('no id');
    }).catch((e) => e)) as TicketingError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ outcomeUnknown: true, idempotencyKey: 'k1', requestId: 'r1', status: 201 });
    expect(error.attempts).toHaveLength(1);
  });

  it('after a read, outcomeUnknown stays null', async () => {
    const error = (await mapResult('seaty', 'read', ok({}), () => {
      throw new Error('bad');
    }).catch((e) => e)) as TicketingError;
    expect(error.outcomeUnknown).toBeNull();
  });

  it('maps the data and keeps the rest', async () => {
    const result = await mapResult('seaty', 'read', ok(2), (n) => n * 2).withResponse();
    expect(result).toMatchObject({ data: 4, requestId: 'r1' });
  });
});

describe('writeThenRead', () => {
  it('a failing read after an applied write: the read class, outcomeUnknown true, the written id, both attempts', async () => {
    const readError = new TimeoutError({ provider: 'eventbrite', message: 'slow', attempts: [attempt(1)] });
    const error = (await writeThenRead({
      provider: 'eventbrite',
      what: 'events.publish',
      write: ok({ id: 'E1' }),
      writtenId: (w) => w.id,
      then: () => failing(readError),
    }).catch((e) => e)) as TicketingError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ outcomeUnknown: true, writtenId: 'E1', retryable: false });
    expect(error.message).toMatch(/events.publish succeeded \(id E1\)/);
    expect(error.attempts).toHaveLength(2);
    expect(error.cause).toBe(readError);
  });

  it('a failing write is reported as it is', async () => {
    const writeError = new NotFoundError({ provider: 'eventbrite', message: 'x', outcomeUnknown: false });
    const error = await writeThenRead({ provider: 'eventbrite', what: 'w', write: failing(writeError), writtenId: () => null, then: () => ok(1) }).catch((e) => e);
    expect(error).toBe(writeError);
  });

  it('a plain throw in the later step is still a TicketingError', async () => {
    const error = await writeThenRead({ provider: 'eventbrite', what: 'w', write: ok(1), writtenId: () => '1', then: () => { throw new Error('oops'); } }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ outcomeUnknown: true, writtenId: '1' });
  });
});

describe('readBeforeWrite', () => {
  it('a failing read means the write was never sent: outcomeUnknown false', async () => {
    const error = (await readBeforeWrite(failing(new NotFoundError({ message: 'no event' }))).catch((e) => e)) as TicketingError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.outcomeUnknown).toBe(false);
  });
});
