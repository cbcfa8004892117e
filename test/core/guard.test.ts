import { describe, expect, it } from 'vitest';
import { APIPromise } from '../../src/core/api-promise.js';
import { ConfigError, NotFoundError, UnsupportedCapabilityError, ValidationError, type TicketingError } from '../../src/core/errors.js';
import { guardMethod, guardObject, kindOf, notSupported, notSupportedList } from '../../src/core/guard.js';
import { InputProblem } from '../../src/core/input.js';
import { PagePromise } from '../../src/core/pagination.js';

const caught = (p: PromiseLike<unknown>) => Promise.resolve(p).then(() => null, (e: unknown) => e as TicketingError);

describe('the one guard', () => {
  it('a sync throw becomes a rejection of the right kind, never a throw', async () => {
    const list = guardMethod('seaty', 'orders.list', 'list', (): PagePromise<never> => {
      throw new InputProblem('eventId', 'blank');
    });
    const get = guardMethod('seaty', 'orders.get', 'read', (): APIPromise<never> => {
      throw new TypeError('boom');
    });
    const result = list();
    expect(result).toBeInstanceOf(PagePromise);
    const listError = await caught(result);
    expect(listError).toBeInstanceOf(ValidationError);
    expect((listError as ValidationError).fields).toEqual([{ field: 'eventId', message: 'blank' }]);
    const getError = await caught(get());
    expect(getError).toBeInstanceOf(ValidationError);
    expect(getError!.message).toContain('Invalid arguments to orders.get: boom');
  });

  it('a write that never reached the pipeline says outcomeUnknown: false; a read keeps null', async () => {
    const write = guardMethod('seaty', 'orders.recordPayment', 'write', () => Promise.reject(new NotFoundError({ message: 'no event' })));
    expect((await caught(write()))!.outcomeUnknown).toBe(false);
    const read = guardMethod('seaty', 'orders.get', 'read', () => Promise.reject(new NotFoundError({ message: 'x' })));
    expect((await caught(read()))!.outcomeUnknown).toBeNull();
    const known = new NotFoundError({ message: 'x', outcomeUnknown: true });
    expect(await caught(guardMethod('seaty', 'w', 'write', () => Promise.reject(known))())).toBe(known);
  });

  it('async rejections of an APIPromise are typed too, and a TicketingError passes as it is', async () => {
    const original = new ConfigError({ message: 'c' });
    const fn = guardMethod('seaty', 'x.get', 'read', () => APIPromise.from(Promise.reject(original)));
    expect(await caught(fn())).toBe(original);
    const plain = guardMethod('seaty', 'x.get', 'read', () => APIPromise.from(Promise.reject(new Error('late'))));
    expect(await caught(plain())).toBeInstanceOf(ValidationError);
  });

  it('guardObject keeps fields and instanceof of a class instance and binds this', async () => {
    class Native {
      readonly base = 'b';
      get(id: string): APIPromise<string> {
        if (!id) throw new InputProblem('id', 'empty');
        return APIPromise.from(Promise.resolve({ data: this.base + id, response: null, requestId: null, attempts: [], idempotencyKey: null, idempotentReplayed: false }));
      }
    }
    const guarded = guardObject('seaty', 'native', new Native());
    expect(guarded).toBeInstanceOf(Native);
    expect(guarded.base).toBe('b');
    expect(await guarded.get('1')).toBe('b1');
    expect(await caught(guarded.get(''))).toBeInstanceOf(ValidationError);
  });

  it('kinds by name, and unsupported stubs', async () => {
    expect([kindOf('list'), kindOf('listOrders'), kindOf('get'), kindOf('fetchPage'), kindOf('create'), kindOf('delete')]).toEqual(['list', 'list', 'read', 'read', 'write', 'write']);
    const refund = notSupported('seaty', 'orders.refund', 'refunds happen in Seaty');
    const error = await caught(refund());
    expect(error).toBeInstanceOf(UnsupportedCapabilityError);
    expect((error as UnsupportedCapabilityError).capability).toBe('orders.refund');
    const list = notSupportedList('seaty', 'attendees.list', 'no attendee list')();
    expect(list).toBeInstanceOf(PagePromise);
    expect(await caught(list.toArray({ limit: 1 }))).toBeInstanceOf(UnsupportedCapabilityError);
  });
});
