import { describe, expect, it } from 'vitest';
import { computeBackoff, decideRetry, parseRetryAfter, type AttemptFailure } from '../../src/core/retry.js';

describe('computeBackoff (full jitter, min(0.5 s * 2^n, 8 s))', () => {
  it('scales the ceiling by 2^n and caps it at 8 s', () => {
    const top = () => 0.999999;
    expect(computeBackoff(0, top)).toBe(499);
    expect(computeBackoff(1, top)).toBe(999);
    expect(computeBackoff(2, top)).toBe(1999);
    expect(computeBackoff(4, top)).toBe(7999);
    expect(computeBackoff(10, top)).toBe(7999);
  });
  it('is fully jittered: zero at the bottom of the random range', () => {
    expect(computeBackoff(3, () => 0)).toBe(0);
  });
  it('stays within [0, ceiling) for real randomness', () => {
    for (let i = 0; i < 200; i++) {
      const d = computeBackoff(i % 6);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(8000);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it('reads Retry-After seconds', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': '0' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': '1.5' }), now)).toBe(1500);
  });
  it('reads Retry-After as an HTTP-date', () => {
    const h = new Headers({ 'retry-after': new Date(now + 7000).toUTCString() });
    expect(parseRetryAfter(h, now)).toBe(7000);
  });
  it('treats a date in the past, a negative number or garbage as absent (the caller backs off), never as "retry now"', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(now - 7000).toUTCString() }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after': '-5' }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after': '-0.5' }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after': '2026' }), now)).toBe(2_026_000);
  });
  it('prefers retry-after-ms', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '10' }), now)).toBe(250);
  });
  it('reads RateLimit-Reset (seconds)', () => {
    expect(parseRetryAfter(new Headers({ 'ratelimit-reset': '12' }), now)).toBe(12000);
  });
  it('reads X-RateLimit-Reset as seconds or as a Unix epoch', () => {
    expect(parseRetryAfter(new Headers({ 'x-ratelimit-reset': '30' }), now)).toBe(30000);
    expect(parseRetryAfter(new Headers({ 'x-ratelimit-reset': String(now / 1000 + 45) }), now)).toBe(45000);
  });
  it('reads a reset given as a Unix time in milliseconds, or in either reset header', () => {
    expect(parseRetryAfter(new Headers({ 'x-ratelimit-reset': String(now + 20_000) }), now)).toBe(20_000);
    expect(parseRetryAfter(new Headers({ 'ratelimit-reset': String(now / 1000 + 45) }), now)).toBe(45_000);
  });
  it('treats a reset time already past as absent (the call backs off instead of retrying at once)', () => {
    expect(parseRetryAfter(new Headers({ 'x-ratelimit-reset': String(now / 1000 - 30) }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'x-ratelimit-reset': String(now - 30_000) }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'ratelimit-reset': String(now / 1000 - 1) }), now)).toBeNull();
  });
  it('returns null without a usable header', () => {
    expect(parseRetryAfter(new Headers(), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeNull();
  });
  it('accepts a plain record of headers', () => {
    expect(parseRetryAfter({ 'Retry-After': '2' }, now)).toBe(2000);
  });
});

describe('decideRetry', () => {
  const base = { retriesMade: 0, maxRetries: 2, maxRetryAfterMs: 60_000, random: () => 0.5 };
  const http = (status: number, serverDelayMs: number | null = null): AttemptFailure => ({ type: 'http', status, serverDelayMs });

  it('retries 429, 500, 502, 503, 504 for reads with jittered backoff', () => {
    for (const status of [429, 500, 502, 503, 504]) {
      expect(decideRetry({ ...base, failure: http(status), safety: 'safe' })).toEqual({ retry: true, delayMs: 250, source: 'backoff' });
    }
  });
  it('never retries other 4xx, aborts or invalid responses', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(decideRetry({ ...base, failure: http(status), safety: 'safe' }).retry).toBe(false);
    }
    expect(decideRetry({ ...base, failure: { type: 'aborted' }, safety: 'safe' }).retry).toBe(false);
    expect(decideRetry({ ...base, failure: { type: 'invalid_response' }, safety: 'safe' }).retry).toBe(false);
  });
  it('uses the server delay as given, without jitter', () => {
    expect(decideRetry({ ...base, failure: http(429, 3000), safety: 'safe' })).toEqual({ retry: true, delayMs: 3000, source: 'server' });
  });
  it('refuses a server delay above maxRetryAfterMs', () => {
    expect(decideRetry({ ...base, failure: http(429, 3_600_000), safety: 'safe' })).toEqual({ retry: false, reason: 'server_delay_too_long' });
  });
  it('stops when the budget is spent', () => {
    expect(decideRetry({ ...base, retriesMade: 2, failure: http(500), safety: 'safe' })).toEqual({ retry: false, reason: 'exhausted' });
  });
  it('retries keyed writes after a 500 or a timeout', () => {
    expect(decideRetry({ ...base, failure: http(500), safety: 'keyed' }).retry).toBe(true);
    expect(decideRetry({ ...base, failure: { type: 'timeout' }, safety: 'keyed' }).retry).toBe(true);
  });
  it('retries an unkeyed write only when the failure proves it was not processed', () => {
    expect(decideRetry({ ...base, failure: http(500), safety: 'unsafe' })).toEqual({ retry: false, reason: 'unsafe_write' });
    expect(decideRetry({ ...base, failure: { type: 'timeout' }, safety: 'unsafe' }).retry).toBe(false);
    expect(decideRetry({ ...base, failure: { type: 'network', phase: 'unknown' }, safety: 'unsafe' }).retry).toBe(false);
    expect(decideRetry({ ...base, failure: http(503), safety: 'unsafe' }).retry).toBe(false);
    expect(decideRetry({ ...base, failure: { type: 'network', phase: 'connect' }, safety: 'unsafe' }).retry).toBe(true);
    expect(decideRetry({ ...base, failure: http(429), safety: 'unsafe' }).retry).toBe(true);
    expect(decideRetry({ ...base, failure: http(503, 1000), safety: 'unsafe' }).retry).toBe(true);
  });
  it('lets an adapter mark a failure transient and not processed', () => {
    const failure: AttemptFailure = { type: 'http', status: 408, serverDelayMs: null, transient: true, notProcessed: true };
    expect(decideRetry({ ...base, failure, safety: 'unsafe' }).retry).toBe(true);
  });
});
