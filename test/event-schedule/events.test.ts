import { describe, expect, it, vi } from 'vitest';
import { EventSchema } from '../../src/core/model.js';
import { ValidationError } from '../../src/core/errors.js';
import { esEvent, esSchedule, fakeVendor, json, makeClient, paged } from './helpers.js';

function vendorWith(event = esEvent(), schedule = esSchedule()) {
  return fakeVendor({
    'GET /api/events/EvJazz01': () => json({ data: event }),
    'GET /api/schedules/live-music': () => json({ data: schedule }),
    'GET /api/events': paged([event]),
  });
}

describe('Event Schedule events: normalized mapping', () => {
  it('reads starts_at as UTC, duration hours as end, and the schedule time zone', async () => {
    const vendor = vendorWith();
    const event = await makeClient(vendor.fetch).events.get('EvJazz01');
    expect(event).toEqual({
      id: 'EvJazz01',
      provider: 'event-schedule',
      remoteId: 'EvJazz01',
      createdAt: '2026-01-10T09:00:00Z',
      updatedAt: '2026-01-11T10:30:00Z',
      name: 'Jazz Night',
      description: 'An evening of jazz',
      slug: null,
      url: 'https://live-music.eventschedule.com/jazz-night/EvJazz01',
      status: 'scheduled',
      statusRaw: null,
      timezone: 'America/New_York',
      // "2026-03-15 20:00:00" is UTC (the code wins over an older docs page), not New York time.
      start: '2026-03-15T20:00:00Z',
      end: '2026-03-15T22:30:00Z',
      currency: 'USD',
      isOnline: null,
      venue: { remoteId: 'VnBlue01', name: 'The Blue Room', address: '12 Main St' },
      visibility: 'public',
      capacity: null,
      ticketingEnabled: true,
    });
    expect(EventSchema.parse(event)).toEqual(event);
    expect(JSON.stringify(event)).not.toContain('undefined');
    expect('raw' in event).toBe(false);
  });

  it('maps is_draft, is_private, is_internal, rsvp_limit, and adds raw only when asked', async () => {
    const vendor = vendorWith(
      esEvent({ is_draft: true, is_private: true, rsvp_enabled: true, rsvp_limit: 40, duration: null, venue_id: null, venue_name: null, venue_address1: null, url: '' }),
    );
    const event = await makeClient(vendor.fetch).events.get('EvJazz01', { raw: true });
    expect(event).toMatchObject({ status: 'draft', visibility: 'unlisted', capacity: 40, end: null, venue: null, url: null });
    expect((event.raw as { id: string }).id).toBe('EvJazz01');
    const internal = await makeClient(vendorWith(esEvent({ is_internal: true })).fetch).events.get('EvJazz01');
    expect(internal.visibility).toBe('private');
  });

  it('leaves timezone null when the creator schedule is ambiguous or unreadable', async () => {
    const twoSchedules = esEvent({
      schedules: [
        { id: 'ScLive01', subdomain: 'live-music', name: 'Live Music', type: 'venue' },
        { id: 'ScBand01', subdomain: 'the-band', name: 'The Band', type: 'talent' },
      ],
    });
    const a = vendorWith(twoSchedules);
    expect((await makeClient(a.fetch).events.get('EvJazz01')).timezone).toBeNull();
    expect(a.calls.map((c) => c.path)).toEqual(['/api/events/EvJazz01']);
    // With the configured schedule among them, that one is used.
    const b = vendorWith(twoSchedules);
    expect((await makeClient(b.fetch, { schedule: 'live-music' }).events.get('EvJazz01')).timezone).toBe('America/New_York');
    // A schedule the key cannot read (404) just leaves the zone unknown.
    const c = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/schedules/live-music': () => json({ error: 'Schedule not found' }, 404),
    });
    expect((await makeClient(c.fetch).events.get('EvJazz01')).timezone).toBeNull();
  });

  it('a schedule lookup that fails after its retries leaves timezone null (with a warning); 401 still fails', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const warn = vi.fn();
    const down = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/schedules/live-music': () => 'network-error',
    });
    const logger = { warn, error: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const event = await makeClient(down.fetch, { logLevel: 'warn', logger }).events.get('EvJazz01');
    vi.restoreAllMocks();
    expect(event).toMatchObject({ id: 'EvJazz01', timezone: null, start: '2026-03-15T20:00:00Z' });
    expect(down.calls.filter((c) => c.path === '/api/schedules/live-music')).toHaveLength(3);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('timezone left null'), undefined);
    const locked = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/schedules/live-music': () => json({ error: 'API key expired' }, 401),
    });
    await expect(makeClient(locked.fetch).events.get('EvJazz01')).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('lists events page by page, looking each schedule up once per listing', async () => {
    const events = [esEvent({ id: 'EvA00001' }), esEvent({ id: 'EvB00002' }), esEvent({ id: 'EvC00003' })];
    const vendor = fakeVendor({ 'GET /api/events': paged(events), 'GET /api/schedules/live-music': () => json({ data: esSchedule() }) });
    const list = await makeClient(vendor.fetch).events.list({ limit: 2 }).toArray({ limit: 10 });
    expect(list.map((e) => [e.id, e.timezone])).toEqual([
      ['EvA00001', 'America/New_York'],
      ['EvB00002', 'America/New_York'],
      ['EvC00003', 'America/New_York'],
    ]);
    expect(vendor.calls.filter((c) => c.path === '/api/schedules/live-music')).toHaveLength(1);
  });
});

describe('Event Schedule events: writes', () => {
  it('create: POST /events/{schedule} with UTC starts_at, duration hours and currency', async () => {
    const vendor = fakeVendor({
      'POST /api/events/live-music': (req) =>
        json({ data: esEvent({ ...(req.body as object), id: 'EvNew001', tickets_enabled: false, tickets: undefined }), meta: { message: 'Event created successfully' } }, 201),
      'GET /api/schedules/live-music': () => json({ data: esSchedule() }),
    });
    const client = makeClient(vendor.fetch, { schedule: 'live-music' });
    const event = await client.events.create({
      name: 'Spring Gala',
      // 21:30 in Paris on 14 March = 20:30 UTC.
      start: '2026-03-14T21:30:00+01:00',
      end: '2026-03-14T23:00:00+01:00',
      timezone: 'America/New_York',
      currency: 'eur',
      description: 'Dress code: spring',
      providerOptions: { 'event-schedule': { is_draft: true, category_id: 4 } },
    });
    const post = vendor.calls[0]!;
    expect(post.method).toBe('POST');
    expect(post.path).toBe('/api/events/live-music');
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.body).toEqual({
      name: 'Spring Gala',
      starts_at: '2026-03-14 20:30:00',
      duration: 1.5,
      ticket_currency_code: 'EUR',
      description: 'Dress code: spring',
      is_draft: true,
      category_id: 4,
    });
    expect(event).toMatchObject({ id: 'EvNew001', start: '2026-03-14T20:30:00Z', end: '2026-03-14T22:00:00Z', currency: 'EUR', status: 'draft' });
  });

  it('create on a per-call schedule; no schedule at all is a ValidationError before any request', async () => {
    const vendor = fakeVendor({
      'POST /api/events/other-venue': () => json({ data: esEvent({ id: 'EvNew002', schedules: [] }), meta: { message: 'Event created successfully' } }, 201),
    });
    const client = makeClient(vendor.fetch, { schedule: 'live-music' });
    await client.events.create({
      name: 'x',
      start: '2026-05-01T18:00:00Z',
      timezone: 'UTC',
      currency: 'USD',
      providerOptions: { 'event-schedule': { subdomain: 'other-venue' } },
    });
    expect(vendor.calls[0]!.path).toBe('/api/events/other-venue');
    expect(vendor.calls[0]!.body).not.toHaveProperty('subdomain');

    const bare = makeClient(vendor.fetch);
    const error = await bare.events.create({ name: 'x', start: '2026-05-01T18:00:00Z', timezone: 'UTC', currency: 'USD' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields[0]!.field).toBe('schedule');
    expect(vendor.calls).toHaveLength(1);
  });

  it('create refuses bad input before any request', async () => {
    const vendor = fakeVendor({});
    const client = makeClient(vendor.fetch, { schedule: 'live-music' });
    const base = { name: 'x', start: '2026-05-01T18:00:00Z', timezone: 'UTC', currency: 'USD' };
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ ...base, start: '2026-05-01 18:00' }, 'start'],
      [{ ...base, end: '2026-05-01T17:00:00Z' }, 'end'],
      [{ ...base, end: '2027-06-01T18:00:00Z' }, 'end'],
      [{ ...base, timezone: 'Mars/Olympus' }, 'timezone'],
      [{ ...base, currency: 'XYZ' }, 'currency'],
      [{ ...base, slug: 'gala' }, 'slug'],
      [{ ...base, name: '' }, 'name'],
      [{ ...base, providerOptions: { 'event-schedule': { is_draft: 'yes' } } }, 'is_draft'],
    ];
    for (const [input, field] of bad) {
      const error = await client.events.create(input as never).catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.map((f) => f.field).join(' '), field).toContain(field);
    }
    expect(vendor.calls).toEqual([]);
  });

  it('update: PUT /events/{id} partial; end alone reads the stored start for the duration', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'PUT /api/events/EvJazz01': (req) => json({ data: esEvent(req.body as Record<string, unknown>), meta: { message: 'Event updated successfully' } }),
      'GET /api/schedules/live-music': () => json({ data: esSchedule() }),
    });
    const client = makeClient(vendor.fetch);
    const event = await client.events.update('EvJazz01', { end: '2026-03-16T00:00:00Z', name: 'Late Jazz' });
    const put = vendor.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({ name: 'Late Jazz', duration: 4 });
    expect(event).toMatchObject({ name: 'Late Jazz', end: '2026-03-16T00:00:00Z' });
    // Never a `tickets` key unless asked: sending it would re-create every ticket type.
    expect(put.body).not.toHaveProperty('tickets');
  });

  it('publish sends is_draft false; delete returns { id, deleted }', async () => {
    const vendor = fakeVendor({
      'PUT /api/events/EvJazz01': (req) => json({ data: esEvent(req.body as Record<string, unknown>), meta: { message: 'Event updated successfully' } }),
      'DELETE /api/events/EvJazz01': () => json({ data: { message: 'Event deleted successfully' } }),
      'GET /api/schedules/live-music': () => json({ data: esSchedule() }),
    });
    const client = makeClient(vendor.fetch);
    expect((await client.events.publish('EvJazz01')).status).toBe('scheduled');
    expect(vendor.calls[0]!.body).toEqual({ is_draft: false });
    expect(await client.events.delete('EvJazz01')).toEqual({ id: 'EvJazz01', deleted: true });
    expect(vendor.calls.at(-1)!.method).toBe('DELETE');
    expect(vendor.calls.at(-1)!.body).toBeUndefined();
  });

  it('warns (and keeps the instant) when the requested time zone is not the schedule’s', async () => {
    const warn = vi.fn();
    const vendor = fakeVendor({
      'POST /api/events/live-music': () => json({ data: esEvent({ id: 'EvNew003' }), meta: { message: 'Event created successfully' } }, 201),
      'GET /api/schedules/live-music': () => json({ data: esSchedule() }),
    });
    const client = makeClient(vendor.fetch, { schedule: 'live-music', logLevel: 'warn', logger: { warn, error: vi.fn(), info: vi.fn(), debug: vi.fn() } });
    await client.events.create({ name: 'x', start: '2026-03-15T20:00:00Z', timezone: 'Europe/Paris', currency: 'USD' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('America/New_York'), undefined);
  });
});

describe('Event Schedule flyer upload (multipart)', () => {
  it('sends one multipart field flyer_image with the filename, no JSON content type', async () => {
    const vendor = fakeVendor({
      'POST /api/events/flyer/EvJazz01': () =>
        json({ data: esEvent({ flyer_image_url: 'https://cdn.example/flyer.png' }), meta: { message: 'Flyer uploaded successfully' } }),
    });
    const client = makeClient(vendor.fetch);
    const event = await client.native.uploadFlyer('EvJazz01', new Uint8Array([137, 80, 78, 71]), 'flyer.png');
    expect(event.flyer_image_url).toBe('https://cdn.example/flyer.png');
    const call = vendor.calls[0]!;
    expect(call.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = call.body as FormData;
    const file = form.get('flyer_image') as File;
    expect(file.name).toBe('flyer.png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
    expect([...form.keys()]).toEqual(['flyer_image']);
    expect(call.headers['x-api-key']).toBeDefined();
  });

  it('refuses a filename without an image extension before any request', async () => {
    const vendor = fakeVendor({});
    const client = makeClient(vendor.fetch);
    await expect(client.native.uploadFlyer('EvJazz01', new Blob(['x']), 'flyer.pdf')).rejects.toBeInstanceOf(ValidationError);
    await expect(client.native.uploadFlyer('EvJazz01', new Blob(['x']), 'flyer')).rejects.toBeInstanceOf(ValidationError);
    expect(vendor.calls).toEqual([]);
  });
});
