/** `ticketkit mock-server`: an emulator over a real socket on 127.0.0.1, and the seed-file format. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/cli/mock-server.js';
import { ConnectionError, TimeoutError, ValidationError } from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { createMockClient, seedFromJson } from '../../src/testing/index.js';

const seedFile = {
  provider: 'equaticket',
  seed: [
    { ref: 'gala', builder: 'event', input: { name: 'Gala', currency: 'EUR' } },
    { ref: 'ga', builder: 'ticketType', input: { eventId: { $ref: 'gala' }, name: 'GA', price: { amount: 1500, currency: 'EUR' } } },
    { builder: 'order', count: 3, input: { eventId: { $ref: 'gala' }, lines: [{ ticketTypeId: { $ref: 'ga.id' }, quantity: 2 }] } },
  ],
};

describe('mock server over a real socket', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ provider: 'equaticket', port: 0, seed: seedFromJson(seedFile) });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 under the vendor base path and serves the real client over the global fetch', async () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const client = createClient({ provider: 'equaticket', ...(server.credentials as { apiKey: string }), baseUrl: server.baseUrl, maxRetries: 0 });
    const orders = await client.orders.list({ limit: 2 }).toArray({ limit: 10 });
    expect(orders).toHaveLength(3);
    expect(orders.every((o) => o.total?.amount === 3000 && o.total.currency === 'EUR')).toBe(true);
    const res = await fetch(`${server.baseUrl}/events`);
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(server.emulator.calls.map((c) => c.op)).toEqual(['orders.list', 'orders.list', 'events.list']);
  });

  it('drops the connection on a network fault, and the control API arms faults, lists calls and resets', async () => {
    const armed = await fetch(`${server.origin}/__ticketkit/faults`, {
      method: 'POST',
      body: JSON.stringify({ mode: 'once', target: 'events.list', fault: { kind: 'network' } }),
    });
    expect(armed.status).toBe(201);
    const client = createClient({ provider: 'equaticket', apiKey: 'sk_test_socket', baseUrl: server.baseUrl, maxRetries: 0 });
    await expect(client.events.list()).rejects.toBeInstanceOf(ConnectionError);
    expect((await client.events.list()).data).toHaveLength(1);
    const calls = (await (await fetch(`${server.origin}/__ticketkit/calls`)).json()) as Array<{ op: string; status: number | null }>;
    expect(calls.slice(-2).map((c) => [c.op, c.status])).toEqual([['events.list', null], ['events.list', 200]]);
    expect((await fetch(`${server.origin}/__ticketkit/reset`, { method: 'POST' })).status).toBe(200);
    expect(server.emulator.calls).toHaveLength(0);
    expect((await fetch(`${server.origin}/__ticketkit/faults`, { method: 'POST', body: '{"target":1}' })).status).toBe(400);
  });

  it('a timeout fault holds the answer until the client gives up; the server carries on', async () => {
    server.emulator.faults.once('events.get', { kind: 'timeout' });
    const client = createClient({ provider: 'equaticket', apiKey: 'sk_test_socket', baseUrl: server.baseUrl, maxRetries: 0, timeout: 100 });
    await expect(client.events.get('any')).rejects.toBeInstanceOf(TimeoutError);
    expect((await client.events.list()).data.length).toBeGreaterThan(0);
  });

  it('sends bodies through (POST with idempotent replay)', async () => {
    const client = createClient({ provider: 'equaticket', apiKey: 'sk_test_socket', baseUrl: server.baseUrl, maxRetries: 0 });
    const input = { name: 'Over HTTP', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' };
    const first = await client.events.create(input, { idempotencyKey: 'socket-1' }).withResponse();
    const again = await client.events.create(input, { idempotencyKey: 'socket-1' }).withResponse();
    expect(again.data).toEqual(first.data);
    expect(again.idempotentReplayed).toBe(true);
  });
});

describe('the ticketkit mock-server command', () => {
  it('prints its base URL and a test key, serves, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ticketkit-'));
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify(seedFile));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'mock-server', '--provider', 'equaticket', '--port', '0', '--seed', file], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const baseUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /base URL: (\S+)/.exec(out);
        if (match && /apiKey: sk_test_\S+/.test(out)) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited early (${code}): ${out}`)));
    });
    const key = /apiKey: (\S+)/.exec(out)![1]!;
    const res = await fetch(`${baseUrl}/orders?limit=10`, { headers: { authorization: `Bearer ${key}` } });
    expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(3);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(out).toContain('stopping');
  }, 20_000);

  it('serves event-vault on the real clock by default, so a client in any language can sign with wall-clock time', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'mock-server', '--provider', 'event-vault', '--port', '0'], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const baseUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /base URL: (\S+)/.exec(out);
        if (match && /eventId: \S+/.test(out)) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited early (${code}): ${out}`)));
    });
    const value = (name: string) => new RegExp(`${name}: (\\S+)`).exec(out)![1]!;
    const res = await fetch(`${baseUrl.replace(/\/$/, '')}/getGuestCount`, {
      headers: {
        'x-api-key': value('apiKey'),
        'x-client-id': value('clientId'),
        'x-event-id': value('eventId'),
        'x-timestamp': String(Date.now()),
      },
    });
    expect(res.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 20_000);

  it('refuses an unknown provider', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'mock-server', '--provider', 'nope', '--port', '0'], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('Unknown provider');
  }, 20_000);
});

describe('seed files', () => {
  it('bind refs, repeat with count, and pick properties by path', async () => {
    const mock = createMockClient({ provider: 'equaticket', seed: seedFromJson(seedFile) });
    const [order] = await mock.client.orders.list().toArray({ limit: 1 });
    expect(order!.lines![0]).toMatchObject({ name: 'GA', quantity: 2 });
    const byRemote = seedFromJson([
      { ref: 'e', builder: 'event' },
      { builder: 'eventDate', input: { eventId: { $ref: 'e.remoteId' } } },
    ]);
    expect(() => createMockClient({ provider: 'equaticket', seed: byRemote })).not.toThrow();
  });

  it('report what is wrong, where', () => {
    expect(() => seedFromJson({ nope: true })).toThrow(ValidationError);
    expect(() => seedFromJson({ provider: 'seaty', seed: [] }, 'equaticket')).toThrow(/not "equaticket"/);
    expect(() => seedFromJson([{ builder: 'event', count: 0 }])).toThrow(/seed\[0\]\.count/);
    const unknownRef = seedFromJson([{ builder: 'order', input: { eventId: { $ref: 'missing' } } }]);
    expect(() => createMockClient({ provider: 'equaticket', seed: unknownRef })).toThrow(/unknown ref "missing"/);
    const unknownBuilder = seedFromJson([{ builder: 'refund' }]);
    expect(() => createMockClient({ provider: 'equaticket', seed: unknownBuilder })).toThrow(/no builder "refund"/);
  });
});
