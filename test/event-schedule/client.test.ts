import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/index.js';
import { ConfigError, UnsupportedCapabilityError, ValidationError } from '../../src/core/errors.js';
import { createEventScheduleClient, eventScheduleCapabilities } from '../../src/providers/event-schedule/index.js';
import { BASE, KEY, esEvent, esSchedule, fakeVendor, json, makeClient } from './helpers.js';

describe('Event Schedule client: config and wire basics', () => {
  it('sends X-API-Key and Accept: application/json on every call, to the hosted base URL', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ data: esEvent() }),
      'GET /api/schedules/live-music': () => json({ data: esSchedule() }),
    });
    const client = makeClient(vendor.fetch);
    await client.events.get('EvJazz01');
    expect(vendor.calls.map((c) => `${c.method} ${c.url.origin}${c.path}`)).toEqual([
      `GET ${BASE}/events/EvJazz01`,
      `GET ${BASE}/schedules/live-music`,
    ]);
    for (const call of vendor.calls) {
      expect(call.headers['x-api-key']).toBe(KEY);
      expect(call.headers.accept).toBe('application/json');
      expect(call.headers.authorization).toBeUndefined();
      expect(call.path.endsWith('/')).toBe(false);
    }
  });

  it('talks to a self-hosted install at <APP_URL>/api', async () => {
    const vendor = fakeVendor({ 'GET /tickets/api/sales/SaOne001': () => json({ data: { id: 'SaOne001', event_id: 'EvX', status: 'paid' } }), 'GET /tickets/api/events/EvX': () => json({ data: esEvent({ id: 'EvX' }) }) });
    const client = makeClient(vendor.fetch, { baseUrl: 'https://events.example.org/tickets/api/' });
    const order = await client.orders.get('SaOne001');
    expect(order.status).toBe('paid');
    expect(vendor.calls[0]!.url.href).toBe('https://events.example.org/tickets/api/sales/SaOne001');
  });

  it('appends /api to a bare self-hosted origin and keeps the key header', async () => {
    const vendor = fakeVendor({ 'GET /api/categories': () => json({ data: [{ id: 1, name: 'Art & Culture' }] }) });
    const client = makeClient(vendor.fetch, { baseUrl: 'http://localhost:8000' });
    expect(await client.native.listCategories()).toEqual([{ id: 1, name: 'Art & Culture' }]);
    expect(vendor.calls[0]!.url.href).toBe('http://localhost:8000/api/categories');
    expect(vendor.calls[0]!.headers['x-api-key']).toBe(KEY);
  });

  it('throws ConfigError at creation for a missing key or a bad base URL', () => {
    expect(() => createEventScheduleClient({} as never)).toThrow(ConfigError);
    expect(() => createEventScheduleClient({ apiKey: '  ' })).toThrow(ConfigError);
    expect(() => createEventScheduleClient({ apiKey: KEY, baseUrl: 'events.example.org' })).toThrow(ConfigError);
    expect(() => createEventScheduleClient({ apiKey: KEY, baseUrl: 'ftp://x.org/api' })).toThrow(ConfigError);
    expect(() => createEventScheduleClient({ apiKey: KEY, schedule: '' })).toThrow(ConfigError);
  });

  it('a bad config names the key and what it must be, and never repeats the API key itself', () => {
    expect(() => createEventScheduleClient({} as never)).toThrow(/`apiKey`: missing \(the X-API-Key/);
    expect(() => createEventScheduleClient({ apiKey: 42 } as never)).toThrow(/`apiKey`: the X-API-Key/);
    expect(() => createEventScheduleClient({ apiKey: KEY, schedule: 'main/x' })).toThrow(/`schedule`: a schedule subdomain/);
    const secret = `${KEY} `;
    let error: unknown;
    try {
      createEventScheduleClient({ apiKey: secret });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).not.toContain(KEY);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it('is what createClient builds for provider event-schedule', () => {
    const client = createClient({ provider: 'event-schedule', apiKey: KEY, schedule: 'live-music' });
    expect(client.provider).toBe('event-schedule');
    expect(client.livemode).toBeNull();
    expect(client.capabilities).toBe(eventScheduleCapabilities);
    expect(client.capabilities.pagination).toBe('page');
    expect(client.capabilities.pageSize).toEqual({ default: 100, max: 500 });
    expect(client.capabilities.idempotencyKeys).toBe('none');
    expect(client.capabilities.orders.recordPayment).toBe(false);
    expect(client.capabilities.events.cancel).toBe(false);
  });

  it('withOptions keeps the credentials and schedule', async () => {
    const vendor = fakeVendor({ 'GET /api/categories': () => json({ data: [] }) });
    const client = makeClient(vendor.fetch, { schedule: 'live-music' }).withOptions({ headers: { 'x-trace': 't1' } });
    expect(client.schedule).toBe('live-music');
    await client.native.listCategories();
    expect(vendor.calls[0]!.headers['x-trace']).toBe('t1');
    expect(vendor.calls[0]!.headers['x-api-key']).toBe(KEY);
  });

  it('rejects what the API cannot do with UnsupportedCapabilityError, sending nothing', async () => {
    const vendor = fakeVendor({});
    const client = createClient({ provider: 'event-schedule', apiKey: KEY, fetch: vendor.fetch });
    const cases: Array<[Promise<unknown>, string]> = [
      [client.events.cancel('EvJazz01'), 'events.cancel'],
      [client.orders.recordPayment({ eventId: 'e', payeeEmail: 'a@b.co', amount: { amount: 1, currency: 'USD' }, method: 'cash' }), 'orders.recordPayment'],
      [client.attendees.create({ email: 'a@b.co' }), 'attendees.create'],
      [client.attendees.delete('x:1'), 'attendees.delete'],
      [client.attendees.checkIn('x:1'), 'attendees.checkIn'],
      [client.attendees.list({ checkedIn: true }).toArray({ limit: 10 }), 'attendees.list({ checkedIn })'],
      [client.orders.list({ updatedSince: '2026-01-01T00:00:00Z' }).toArray({ limit: 10 }), 'orders.list({ updatedSince })'],
    ];
    for (const [promise, capability] of cases) {
      const error = await promise.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(UnsupportedCapabilityError);
      expect(error).toMatchObject({ provider: 'event-schedule', capability, code: 'unsupported' });
    }
    expect(vendor.calls).toEqual([]);
  });

  it('client.request sends any route with the same auth', async () => {
    const vendor = fakeVendor({ 'GET /api/feedback': () => json({ data: [], meta: { current_page: 1, last_page: 1, total: 0 } }) });
    const client = makeClient(vendor.fetch);
    await client.request({ method: 'GET', path: '/feedback', query: { min_rating: 4 } });
    expect(vendor.calls[0]!.query).toEqual({ min_rating: '4' });
    expect(vendor.calls[0]!.headers['x-api-key']).toBe(KEY);
  });

  it('auth routes never log their bodies (password, new key), even at debug level', async () => {
    const vendor = fakeVendor({
      'POST /api/login': () => json({ data: { api_key: 'feedfacefeedfacefeedfacefeedface', api_key_expires_at: '2027-01-01T00:00:00+00:00', user: { id: 'Us1', name: 'A', email: 'a@example.com' } } }),
      'GET /api/categories': () => json({ data: [] }),
    });
    const lines: string[] = [];
    const logger = { debug: (m: string, d?: unknown) => lines.push(`${m} ${JSON.stringify(d)}`), info: () => {}, warn: () => {}, error: () => {} };
    const client = makeClient(vendor.fetch, { logLevel: 'debug', logger });
    const result = await client.native.login({ email: 'a@example.com', password: 'hunter2hunter2' });
    expect(result.api_key).toBe('feedfacefeedfacefeedfacefeedface');
    expect(lines.join('\n')).not.toMatch(/hunter2|feedface/);
    await client.native.listCategories();
    expect(lines.some((l) => l.includes('/categories'))).toBe(true);
  });

  it('refuses a malformed id before any request', async () => {
    const vendor = fakeVendor({});
    const client = makeClient(vendor.fetch);
    await expect(client.events.get('')).rejects.toBeInstanceOf(ValidationError);
    // Malformed composite ids are the caller's mistake (a ValidationError), not a missing record.
    await expect(client.ticketTypes.get('no-colon')).rejects.toMatchObject({ code: 'validation' });
    await expect(client.attendees.get('SaOne001:zero')).rejects.toMatchObject({ code: 'validation' });
    expect(vendor.calls).toEqual([]);
  });
});
