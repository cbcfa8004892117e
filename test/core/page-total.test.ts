/**
 * `Page.total`: how many items the whole listing holds, when the vendor says (for progress and ETAs), else `null`;
 * never a count of something else (Event Schedule counts sales, not attendees; Seaty's walk over dates has no total).
 */
import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/core/pagination.js';
import { createMockClient } from '../../src/testing/index.js';

describe('Page.total from the page fetcher', () => {
  it.each([
    [42, 42],
    [0, 0],
    [undefined, null],
    [null, null],
    [-1, null],
    [1.5, null],
    [Number.NaN, null],
    ['3' as unknown as number, null],
  ])('%s → %s', async (total, expected) => {
    const page = await paginate<number>({
      provider: 'equaticket',
      resource: 'test',
      filters: {},
      options: {},
      fetchPage: async () => ({ items: [1], next: null, total }),
    });
    expect(page.total).toBe(expected);
  });
});

describe('each vendor reports its count where it gives one', () => {
  it('Eventbrite: pagination.object_count', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'eventbrite', pageSize: 2, rateLimits: false, seed: (s) => {
      eventId = s.event({ name: 'E', status: 'scheduled' }).id;
      for (let i = 0; i < 5; i++) s.order({ eventId });
    } });
    const page = await mock.client.orders.list({ eventId });
    expect(page.data).toHaveLength(2);
    expect(page.total).toBe(5);
  });

  it('Seaty: meta.total on a date’s orders; none on the walk over an event’s dates', async () => {
    let eventId = '';
    let dateId = '';
    const mock = createMockClient({ provider: 'seaty', pageSize: 2, rateLimits: false, seed: (s) => {
      eventId = s.event().id;
      dateId = s.eventDate({ eventId }).id;
      for (let i = 0; i < 5; i++) s.order({ eventId, eventDateId: dateId });
    } });
    expect((await mock.client.orders.list({ eventDateId: dateId })).total).toBe(5);
    expect((await mock.client.orders.list({ eventId })).total).toBeNull();
  });

  it('Event Schedule: meta.total of sales for orders, unknown for attendees (a sale holds several)', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'event-schedule', pageSize: 2, seed: (s) => {
      eventId = s.event({ name: 'Gala' }).id;
      for (let i = 0; i < 5; i++) s.order({ eventId });
    } });
    expect((await mock.client.orders.list({ eventId })).total).toBe(5);
    expect((await mock.client.attendees.list({ eventId })).total).toBeNull();
  });

  it('Event Vault: the length of the one array it sends', async () => {
    const mock = createMockClient({ provider: 'event-vault', seed: (s) => {
      for (let i = 0; i < 5; i++) s.attendee({ name: `Guest ${i}` } as never);
    } });
    const page = await mock.client.attendees.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.total).toBe(5);
  });

  it('Equaticket: says nothing', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'equaticket', pageSize: 2, seed: (s) => {
      eventId = s.event({ name: 'E' }).id;
      for (let i = 0; i < 3; i++) s.order({ eventId });
    } });
    expect((await mock.client.orders.list({ eventId })).total).toBeNull();
  });
});
