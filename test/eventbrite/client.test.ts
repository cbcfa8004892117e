/** Config, auth headers, organization resolution and the waypoint token. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError, ConfigError, createClient, createEventbriteClient, isTicketingError } from '../../src/index.js';
import { WAYPOINT_TTL_MS } from '../../src/providers/eventbrite/client.js';
import { ORG, TOKEN, ebError, fixture, json, page, setup, setupTyped } from './helpers.js';

const orgs = (ids: string[], pagination: Record<string, unknown> = { page_number: 1, page_size: 50, has_more_items: false }) =>
  page(
    'organizations',
    ids.map((id) => ({ id, name: `Org ${id}`, vertical: 'default', image_id: null })),
    pagination,
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('Eventbrite config', () => {
  it('throws ConfigError at creation for a missing token or a bad organizationId', () => {
    expect(() => createClient({ provider: 'eventbrite' } as never)).toThrow(ConfigError);
    expect(() => createClient({ provider: 'eventbrite', token: '' })).toThrow(ConfigError);
    expect(() => createClient({ provider: 'eventbrite', token: 'a b' })).toThrow(ConfigError);
    expect(() => createEventbriteClient({ token: TOKEN, organizationId: '' })).toThrow(ConfigError);
    expect(() => createEventbriteClient(undefined as never)).toThrow(ConfigError);
  });

  it('publishes static capabilities', () => {
    const eb = createEventbriteClient({ token: TOKEN });
    expect(eb.provider).toBe('eventbrite');
    expect(eb.livemode).toBeNull();
    expect(eb.capabilities).toMatchObject({
      pagination: 'continuation',
      idempotencyKeys: 'none',
      testMode: false,
      eventDates: { list: 'native', get: true },
      events: { create: true, update: true, publish: true, cancel: true, delete: true },
      orders: { list: 'all', get: true, refund: false, create: false, updatedSince: true },
      attendees: { list: 'all', get: true, checkIn: false, create: false, updatedSince: true },
    });
  });

  it('sends the token only as a Bearer header, never in the query, and every path ends in /', async () => {
    const { tk, seen } = setup({
      'GET /events/24967032065/': json(fixture('event.json')),
      'GET /orders/12345/': json(fixture('order.json')),
    });
    await tk.events.get('24967032065');
    await tk.orders.get('12345');
    for (const req of seen) {
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(req.url.search).not.toContain(TOKEN);
      expect(Object.keys(req.query)).not.toContain('token');
      expect(req.path.endsWith('/')).toBe(true);
      expect(req.url.origin + '/v3').toBe('https://www.eventbriteapi.com/v3');
    }
  });

  it('honours baseUrl and extra headers', async () => {
    const { tk, seen } = setup(
      { 'GET /events/24967032065/': json(fixture('event.json')) },
      { extra: { baseUrl: 'https://www.evbqaapi.com/v3/', headers: { 'Eb-Api-Switches-Enabled': 'OMIT_DESCRIPTION_FROM_EVENT_CONTAINER' } } },
    );
    await tk.events.get('24967032065');
    expect(seen[0]!.url.href).toBe('https://www.evbqaapi.com/v3/events/24967032065/?expand=venue');
    expect(seen[0]!.headers['eb-api-switches-enabled']).toBe('OMIT_DESCRIPTION_FROM_EVENT_CONTAINER');
  });
});

describe('Eventbrite organization resolution', () => {
  it('uses the configured organizationId without a lookup', async () => {
    const { eb, seen } = setupTyped({ [`GET /organizations/${ORG}/events/`]: page('events', []) });
    await eb.events.list();
    expect(await eb.organizationId()).toBe(ORG);
    expect(seen.map((r) => r.path)).toEqual([`/v3/organizations/${ORG}/events/`]);
  });

  it('resolves the organization once, shared by concurrent first calls', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { eb, seen } = setupTyped(
      {
        'GET /users/me/organizations/': async () => {
          await gate;
          return orgs(['42']);
        },
        'GET /organizations/42/events/': page('events', []),
        'GET /organizations/42/orders/': page('orders', []),
        'GET /organizations/42/attendees/': page('attendees', []),
      },
      { organizationId: null },
    );
    const calls = Promise.all([eb.events.list(), eb.orders.list(), eb.attendees.list()]);
    await new Promise((r) => setTimeout(r, 5));
    release();
    await calls;
    await eb.events.list();
    const lookups = seen.filter((r) => r.path === '/v3/users/me/organizations/');
    expect(lookups).toHaveLength(1);
    expect(seen.map((r) => r.path).sort()).toEqual(
      [
        '/v3/users/me/organizations/',
        '/v3/organizations/42/events/',
        '/v3/organizations/42/events/',
        '/v3/organizations/42/orders/',
        '/v3/organizations/42/attendees/',
      ].sort(),
    );
    expect(await eb.organizationId()).toBe('42');
  });

  it('copies made with withOptions share the resolved organization', async () => {
    const { eb, seen } = setupTyped(
      { 'GET /users/me/organizations/': orgs(['42']), 'GET /organizations/42/events/': page('events', []) },
      { organizationId: null },
    );
    await eb.events.list();
    await eb.withOptions({ timeout: 5_000 }).events.list();
    expect(seen.filter((r) => r.path === '/v3/users/me/organizations/')).toHaveLength(1);
  });

  it('throws ConfigError listing the ids when the token sees several organizations (or none)', async () => {
    const { eb, seen } = setupTyped(
      { 'GET /users/me/organizations/': [orgs(['1', '2', '3']), orgs([])] },
      { organizationId: null },
    );
    const several = await eb.events.list().catch((e: any) => e);
    expect(several).toBeInstanceOf(ConfigError);
    expect(several.message).toContain('1, 2, 3');
    expect(several.message).toContain('organizationId');
    const none = await eb.orders.list().catch((e: any) => e);
    expect(none).toBeInstanceOf(ConfigError);
    expect(none.message).toMatch(/no organization/);
    // Nothing but the lookups was sent.
    expect(seen.every((r) => r.path === '/v3/users/me/organizations/')).toBe(true);
  });

  it('counts organizations beyond the first page as several', async () => {
    const { eb } = setupTyped(
      { 'GET /users/me/organizations/': orgs(['1'], { page_number: 1, page_count: 2, has_more_items: true, continuation: 'x' }) },
      { organizationId: null },
    );
    const error = await eb.organizationId().catch((e: any) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('1, and more');
  });

  it('does not cache a failed lookup', async () => {
    const { eb, seen } = setupTyped(
      {
        'GET /users/me/organizations/': [ebError(500, 'INTERNAL_ERROR', 'boom'), orgs(['7'])],
        'GET /organizations/7/events/': page('events', []),
      },
      { organizationId: null },
    );
    const first = await eb.events.list().catch((e: any) => e);
    expect(isTicketingError(first)).toBe(true);
    expect(first.code).toBe('server');
    await eb.events.list();
    expect(seen.map((r) => r.path)).toEqual([
      '/v3/users/me/organizations/',
      '/v3/users/me/organizations/',
      '/v3/organizations/7/events/',
    ]);
  });

  it('a caller that aborts while the lookup runs gets an AbortError; the lookup goes on for the others', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { eb } = setupTyped(
      {
        'GET /users/me/organizations/': async () => {
          await gate;
          return orgs(['9']);
        },
        'GET /organizations/9/events/': page('events', []),
      },
      { organizationId: null },
    );
    const controller = new AbortController();
    const aborted = eb.events.list({}, { signal: controller.signal }).then(
      () => null,
      (e: any) => e,
    );
    const other = eb.events.list();
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(await aborted).toBeInstanceOf(AbortError);
    release();
    expect((await other).data).toEqual([]);
  });
});

describe('Eventbrite waypoint token', () => {
  const WAYPOINT = 'wp-123';
  const wroteEvent = () => json(fixture('event.json'), { headers: { 'Eventbrite-API-Waypoint-Token': WAYPOINT } });

  it('is echoed on the next requests after a successful write, so a read after a write sees it', async () => {
    const { tk, seen } = setup({
      'POST /events/24967032065/': wroteEvent(),
      'GET /events/24967032065/': json(fixture('event.json')),
    });
    await tk.events.get('24967032065');
    await tk.events.update('24967032065', { name: 'Renamed' });
    await tk.events.get('24967032065');
    expect(seen.map((r) => [r.method, r.headers['eventbrite-api-waypoint-token'] ?? null])).toEqual([
      ['GET', null],
      ['POST', null],
      ['GET', WAYPOINT],
    ]);
  });

  it('a publish is followed by a read that carries the publish waypoint', async () => {
    const { tk, seen } = setup({
      'POST /events/24967032065/publish/': json({ published: true }, { headers: { 'Eventbrite-API-Waypoint-Token': 'wp-publish' } }),
      'GET /events/24967032065/': json({ ...fixture('event.json'), status: 'live' }),
    });
    const event = await tk.events.publish('24967032065');
    expect(event.status).toBe('scheduled');
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v3/events/24967032065/publish/', 'GET /v3/events/24967032065/']);
    expect(seen[1]!.headers['eventbrite-api-waypoint-token']).toBe('wp-publish');
  });

  it('is per client, replaced by a newer one, and dropped after about 5 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const a = setup({
      'POST /events/24967032065/': [wroteEvent(), json(fixture('event.json'), { headers: { 'Eventbrite-API-Waypoint-Token': 'wp-2' } })],
      'GET /events/24967032065/': json(fixture('event.json')),
    });
    const b = setup({ 'GET /events/24967032065/': json(fixture('event.json')) });
    await a.tk.events.update('24967032065', { name: 'x' });
    await b.tk.events.get('24967032065');
    expect(b.seen[0]!.headers['eventbrite-api-waypoint-token']).toBeUndefined();
    await a.tk.events.update('24967032065', { name: 'y' });
    await a.tk.events.get('24967032065');
    expect(a.seen[1]!.headers['eventbrite-api-waypoint-token']).toBe(WAYPOINT);
    expect(a.seen[2]!.headers['eventbrite-api-waypoint-token']).toBe('wp-2');
    vi.setSystemTime(Date.now() + WAYPOINT_TTL_MS + 1);
    await a.tk.events.get('24967032065');
    expect(a.seen[3]!.headers['eventbrite-api-waypoint-token']).toBeUndefined();
  });
});
