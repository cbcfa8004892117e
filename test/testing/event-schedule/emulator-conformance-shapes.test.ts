/**
 * Emulator shapes the real API has (issue 14.1): an event's `members` is a map keyed by the talent schedule's id
 * (`[]` only when the event has no talent), feedback and fan content are seedable and served, and the seed builders
 * refuse typos. The adapter reads both `members` shapes.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { createMockClient, type OperationOf } from '../../../src/testing/index.js';
import { esEvent, fakeVendor, json, makeClient } from '../../event-schedule/helpers.js';

function mockWith(seed: Parameters<typeof createMockClient<'event-schedule'>>[0]['seed']) {
  return createMockClient({ provider: 'event-schedule', seed });
}

describe('event members', () => {
  it('an event with talent answers a map keyed by each talent schedule id, { name, email, youtube_url }', async () => {
    let eventId = '';
    let band = '';
    const mock = mockWith((s) => {
      const talent = s.schedule({ type: 'talent', name: 'The Blue Notes', email: 'band@example.com', youtubeUrl: 'https://youtube.com/@bluenotes' });
      band = talent.id;
      eventId = s.event({ name: 'Jazz Night', talent: [talent.subdomain, { name: 'Solo Sam' }] }).id;
    });
    const event = await mock.client.native.getEvent(eventId);
    const members = event.members as Record<string, { name: string; email: string | null; youtube_url: string | null }>;
    expect(Array.isArray(members)).toBe(false);
    expect(members[band]).toEqual({ name: 'The Blue Notes', email: 'band@example.com', youtube_url: 'https://youtube.com/@bluenotes' });
    expect(Object.values(members).map((m) => m.name).sort()).toEqual(['Solo Sam', 'The Blue Notes']);
    // The talent schedules are among the event's schedules, as on the real API.
    expect(event.schedules?.filter((s) => s.type === 'talent')).toHaveLength(2);
    // The normalized event still reads (its time zone comes from the configured schedule).
    const normalized = await mock.client.events.get(eventId);
    expect(normalized.timezone).toBe('America/New_York');
  });

  it('an event without talent answers members: [] on the wire, read as {} by the native layer', async () => {
    let eventId = '';
    const mock = mockWith((s) => void (eventId = s.event().id));
    const raw = await mock.fetch(`https://eventschedule.com/api/events/${eventId}`, { headers: { 'x-api-key': String(mock.credentials.apiKey), accept: 'application/json' } });
    expect(((await raw.json()) as { data: { members: unknown } }).data.members).toEqual([]);
    expect((await mock.client.native.getEvent(eventId)).members).toEqual({});
  });

  it('a members list sent on create links existing talent schedules', async () => {
    const mock = mockWith((s) => void s.schedule({ type: 'talent', name: 'DJ Nova', email: 'nova@example.com' }));
    const event = await mock.client.native.createEvent('main', { name: 'Night', starts_at: '2026-06-01 20:00:00', members: [{ email: 'nova@example.com' }] });
    expect(Object.values(event.members ?? {}).map((m) => m.name)).toEqual(['DJ Nova']);
  });

  it('the adapter reads real members maps, the empty array, and refuses an undocumented non-empty array', async () => {
    const members = { TaBand01: { name: 'The Blue Notes', email: null, youtube_url: 'https://youtube.com/@bluenotes' } };
    const vendor = fakeVendor({
      'GET /api/events/EvMap001': () => json({ data: esEvent({ id: 'EvMap001', members }) }),
      'GET /api/events/EvNone01': () => json({ data: esEvent({ id: 'EvNone01', members: [] }) }),
      'GET /api/events/EvList01': () => json({ data: esEvent({ id: 'EvList01', members: [{ name: 'x' }] }) }),
      'GET /api/schedules/.*': () => json({ error: 'Schedule not found' }, 404),
    });
    const client = makeClient(vendor.fetch);
    expect((await client.native.getEvent('EvMap001')).members).toEqual(members);
    expect((await client.events.get('EvMap001')).name).toBe('Jazz Night');
    expect((await client.native.getEvent('EvNone01')).members).toEqual({});
    await expect(client.native.getEvent('EvList01')).rejects.toMatchObject({ code: 'invalid_response' });
  });
});

describe('feedback and fan content', () => {
  it('seeded feedback is listed newest first with its filters, Pro-gated', async () => {
    let eventId = '';
    const mock = mockWith((s) => {
      eventId = s.event({ name: 'Gala' }).id;
      s.feedback({ eventId, rating: 3, comment: 'ok', createdAt: '2026-02-01T10:00:00Z' });
      s.feedback({ eventId, rating: 5, attendeeName: 'Ada', attendeeEmail: 'ada@example.com', createdAt: '2026-02-02T10:00:00Z' });
    });
    const all = await mock.client.native.listFeedback().toArray({ limit: 10 });
    expect(all.map((f) => f.rating)).toEqual([5, 3]);
    expect(all[0]).toMatchObject({ event_id: eventId, event_name: 'Gala', attendee_name: 'Ada', created_at: '2026-02-02T10:00:00+00:00' });
    expect((await mock.client.native.listFeedback({ min_rating: 4 }).toArray({ limit: 10 })).map((f) => f.rating)).toEqual([5]);
    expect(await mock.client.native.listFeedback({ to: '2026-02-01' }).toArray({ limit: 10 })).toHaveLength(1);
    await expect(mock.client.native.listFeedback({ min_rating: 9 }).toArray({ limit: 10 })).rejects.toMatchObject({ status: 422 });
  });

  it('fan content: one content field per type, ids unique only per type, approved by default', async () => {
    let eventId = '';
    const mock = mockWith((s) => {
      eventId = s.event().id;
      s.fanContent({ eventId, type: 'comment', comment: 'Loved it' });
      s.fanContent({ eventId, type: 'photo', photoUrl: 'https://example.com/p.jpg' });
      s.fanContent({ eventId, type: 'video', youtubeUrl: 'https://www.youtube.com/watch?v=abc123' });
      s.fanContent({ eventId, type: 'comment', comment: 'Pending', approved: false });
    });
    const items = await mock.client.native.listFanContent().toArray({ limit: 10 });
    expect(items.map((i) => i.type)).toEqual(['video', 'photo', 'comment']);
    const [video, photo, comment] = items;
    expect(video).toMatchObject({ youtube_url: 'https://www.youtube.com/watch?v=abc123', embed_url: 'https://www.youtube.com/embed/abc123' });
    expect(photo).not.toHaveProperty('comment');
    expect(comment!.comment).toBe('Loved it');
    // The first comment and the first photo share an id: the adapter keeps both (deduped by type and id).
    expect(comment!.id).toBe(photo!.id);
    const pending = await mock.client.native.listFanContent({ is_approved: false }).toArray({ limit: 10 });
    expect(pending.map((i) => i.comment)).toEqual(['Pending']);
  });
});

describe('seed builders and faults refuse typos', () => {
  it.each([
    ['event', (s: any) => s.event({ nmae: 'Gala' }), 'did you mean "name"'],
    ['event talent', (s: any) => s.event({ talent: [{ nam: 'x' }] }), 'did you mean "name"'],
    ['order buyer', (s: any) => s.order({ eventId: s.event().id, buyer: { mail: 'a@b.co' } }), 'did you mean "email"'],
    ['order line', (s: any) => s.order({ eventId: s.event().id, lines: [{ ticketTypeID: 'x' }] }), 'did you mean "ticketTypeId"'],
    ['ticketType', (s: any) => s.ticketType({ eventId: s.event().id, quantity: 5 }), 'unknown key "quantity"'],
    ['schedule', (s: any) => s.schedule({ youtube: 'x' }), 'did you mean "youtubeUrl"'],
    ['feedback', (s: any) => s.feedback({ eventId: s.event().id, stars: 5 }), 'unknown key "stars"'],
    ['fanContent', (s: any) => s.fanContent({ eventId: s.event().id, text: 'hi' }), 'unknown key "text"'],
    ['fanContent of the wrong type', (s: any) => s.fanContent({ eventId: s.event().id, type: 'photo', comment: 'hi' }), 'a photo carries no comment'],
    ['a non-object argument', (s: any) => s.order(null), 'takes an object'],
    ['a bad value', (s: any) => s.event({ currency: 'ZZZ' }), 'unknown ISO-4217'],
  ])('%s is a ConfigError', (_name, seed, message) => {
    const build = () => createMockClient({ provider: 'event-schedule', seed: seed as never });
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(message);
  });

  it('fault targets are the emulator operations, typed', () => {
    const mock = createMockClient({ provider: 'event-schedule' });
    expectTypeOf<'feedback.list'>().toMatchTypeOf<OperationOf<'event-schedule'>>();
    expectTypeOf<'orders.lst'>().not.toMatchTypeOf<OperationOf<'event-schedule'>>();
    expect(() => mock.faults.once('fanContent.list', { kind: 'network' })).not.toThrow();
    expect(() => mock.faults.once('orders.lst' as never, { kind: 'network' })).toThrow(ConfigError);
  });
});
