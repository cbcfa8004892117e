/**
 * Checks of the common client options (at creation: `ConfigError`) and of the per-call `RequestOptions`
 * (before anything is sent: `ValidationError`). Only the common keys are checked; a vendor's own config keys
 * (`apiKey`, `clientId`, `clock`, ...) are its adapter's business.
 */
import { z } from 'zod';
import { ConfigError, ValidationError, type ProviderId } from './errors.js';
import { unknownKeyProblems } from './strict.js';

/** The options every client takes, besides its vendor's credentials (`ClientOptions`). */
export const CLIENT_OPTION_KEYS = [
  'baseUrl',
  'fetch',
  'timeout',
  'totalTimeout',
  'maxRetries',
  'maxRetryAfterMs',
  'maxResponseBytes',
  'idempotency',
  'logger',
  'logLevel',
  'logPersonalData',
  'hooks',
  'userAgent',
  'headers',
  'rateLimit',
  'rateLimiter',
  'maxConcurrency',
  'idempotencyStore',
  'scheduler',
] as const;

const RATE_LIMIT_KEYS = ['perMinute', 'perHour', 'burst'] as const;

/** Problems with the pacing and concurrency options (`rateLimit`, `rateLimiter`, `maxConcurrency`, ...). */
function pacingProblems(problems: Problem[], options: Record<string, unknown>): void {
  const { rateLimit, rateLimiter, maxConcurrency, idempotencyStore, scheduler } = options;
  if (rateLimit !== undefined && rateLimit !== null && rateLimit !== false) {
    if (!isPlainObject(rateLimit)) {
      problems.push({ field: 'rateLimit', message: `expected { perMinute | perHour, burst? } or false, got ${describe(rateLimit)}` });
    } else {
      problems.push(...unknownKeyProblems(rateLimit, RATE_LIMIT_KEYS, 'rateLimit.'));
      const { perMinute, perHour, burst } = rateLimit;
      if ((perMinute === undefined) === (perHour === undefined)) {
        problems.push({ field: 'rateLimit', message: 'expected exactly one of perMinute or perHour' });
      }
      for (const [field, value] of [['perMinute', perMinute], ['perHour', perHour]] as const) {
        if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value > 0)) {
          problems.push({ field: `rateLimit.${field}`, message: `expected a positive number of requests, got ${describe(value)}` });
        }
      }
      if (burst !== undefined && !(typeof burst === 'number' && Number.isInteger(burst) && burst >= 1)) {
        problems.push({ field: 'rateLimit.burst', message: `expected a positive integer, got ${describe(burst)}` });
      }
    }
  }
  if (rateLimiter !== undefined) {
    const limiter = rateLimiter as Record<string, unknown> | null;
    if (typeof limiter !== 'object' || limiter === null || typeof limiter.acquire !== 'function' || typeof limiter.pause !== 'function') {
      problems.push({ field: 'rateLimiter', message: `expected { acquire(request, signal), pause(request, ms) }, got ${describe(rateLimiter)}` });
    }
  }
  if (maxConcurrency !== undefined && !(typeof maxConcurrency === 'number' && Number.isInteger(maxConcurrency) && maxConcurrency >= 1)) {
    problems.push({ field: 'maxConcurrency', message: `expected a positive integer, got ${describe(maxConcurrency)}` });
  }
  if (idempotencyStore !== undefined && idempotencyStore !== true) {
    const store = idempotencyStore as Record<string, unknown> | null;
    if (typeof store !== 'object' || store === null || ['get', 'set', 'delete'].some((m) => typeof store[m] !== 'function')) {
      problems.push({ field: 'idempotencyStore', message: `expected true or a store with get, set and delete, got ${describe(idempotencyStore)}` });
    }
  }
  if (scheduler !== undefined) {
    const s = scheduler as Record<string, unknown> | null;
    if (typeof s !== 'object' || s === null || typeof s.now !== 'function' || typeof s.sleep !== 'function') {
      problems.push({ field: 'scheduler', message: `expected { now(), sleep(ms, signal) }, got ${describe(scheduler)}` });
    }
  }
}

/** The options every call takes as its last argument (`RequestOptions`). */
export const REQUEST_OPTION_KEYS = [
  'signal',
  'timeout',
  'totalTimeout',
  'maxRetries',
  'maxRetryAfterMs',
  'idempotencyKey',
  'headers',
  'raw',
] as const;

/** The largest delay a Node timer can hold (~24.8 days); anything longer is treated as "no limit". */
export const MAX_TIMER_MS = 2 ** 31 - 1;

const LOG_LEVELS = new Set(['off', 'error', 'warn', 'info', 'debug']);
const HOOKS = ['onRequest', 'onResponse', 'onRetry', 'onError'] as const;
const IDEMPOTENCY_KEYS = ['generateKey'] as const;

type Problem = { field: string; message: string };

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A duration in ms: a positive number (`Infinity` allowed: no limit). */
function duration(problems: Problem[], field: string, value: unknown, allowZero = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (!allowZero && value === 0)) {
    problems.push({ field, message: `expected ${allowZero ? 'a non-negative' : 'a positive'} number of ms, got ${describe(value)}` });
  }
}

function retries(problems: Problem[], value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    problems.push({ field: 'maxRetries', message: `expected a non-negative integer, got ${describe(value)}` });
  }
}

function headers(problems: Problem[], value: unknown): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    problems.push({ field: 'headers', message: `expected an object of header names to string values, got ${describe(value)}` });
    return;
  }
  for (const [name, v] of Object.entries(value)) {
    const problem = headerProblem(name, v);
    if (problem !== null) problems.push({ field: `headers.${name}`, message: problem });
  }
}

/** An HTTP header name: a token (RFC 9110). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * What is wrong with one header, or `null`: `fetch` throws on a bad name or value only when the request is built,
 * which would look like a network failure (and, on a write, like one that may have landed).
 */
export function headerProblem(name: string, value: unknown): string | null {
  if (!HEADER_NAME.test(name)) return `${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only)`;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return `expected a string, got ${describe(value)}`;
  const text = String(value);
  if (/[\u0000\r\n]/.test(text)) return 'a header value cannot contain a line break or NUL';
  if (/[^\u0000-\u00ff]/.test(text)) return 'a header value must be Latin-1 (encode other characters, e.g. with encodeURIComponent)';
  return null;
}

/**
 * Problems with a client config (empty when it is fine): the common options' values, and any key that is neither a
 * common option nor one of `vendorKeys` (the vendor's credentials and settings). `provider` is accepted, so that a
 * `createClient` config can be handed to a vendor's own factory.
 */
export function clientOptionProblems(options: Record<string, unknown>, vendorKeys: readonly string[] = []): Problem[] {
  const problems: Problem[] = unknownKeyProblems(options, [...CLIENT_OPTION_KEYS, ...vendorKeys, 'provider']);
  const { baseUrl, fetch, logger, logLevel, hooks, userAgent, idempotency, logPersonalData } = options;
  if (baseUrl !== undefined) {
    let ok = false;
    if (typeof baseUrl === 'string') {
      try {
        ok = /^https?:$/.test(new URL(baseUrl).protocol);
      } catch {
        ok = false;
      }
    }
    if (!ok) problems.push({ field: 'baseUrl', message: `expected an absolute http(s) URL, got ${describe(baseUrl)}` });
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    problems.push({ field: 'fetch', message: `expected a WHATWG fetch function, got ${describe(fetch)}` });
  }
  duration(problems, 'timeout', options.timeout);
  duration(problems, 'totalTimeout', options.totalTimeout);
  retries(problems, options.maxRetries);
  duration(problems, 'maxRetryAfterMs', options.maxRetryAfterMs, true);
  if (idempotency !== undefined) {
    if (!isPlainObject(idempotency)) problems.push({ field: 'idempotency', message: `expected { generateKey? }, got ${describe(idempotency)}` });
    else if (Object.keys(idempotency).some((k) => !(IDEMPOTENCY_KEYS as readonly string[]).includes(k))) {
      problems.push(...unknownKeyProblems(idempotency, IDEMPOTENCY_KEYS, 'idempotency.'));
    } else if (idempotency.generateKey !== undefined && typeof idempotency.generateKey !== 'function') {
      problems.push({ field: 'idempotency.generateKey', message: `expected a function returning a string, got ${describe(idempotency.generateKey)}` });
    }
  }
  if (logger !== undefined) {
    const missing = isPlainObject(logger) || typeof logger === 'object'
      ? (['error', 'warn', 'info', 'debug'] as const).filter((level) => typeof (logger as Record<string, unknown> | null)?.[level] !== 'function')
      : ['error', 'warn', 'info', 'debug'];
    if (missing.length > 0) problems.push({ field: 'logger', message: `expected an object with ${missing.join(', ')} functions` });
  }
  if (logLevel !== undefined && !(typeof logLevel === 'string' && LOG_LEVELS.has(logLevel))) {
    problems.push({ field: 'logLevel', message: `expected one of ${[...LOG_LEVELS].join(', ')}, got ${describe(logLevel)}` });
  }
  if (logPersonalData !== undefined && typeof logPersonalData !== 'boolean') {
    problems.push({ field: 'logPersonalData', message: `expected a boolean, got ${describe(logPersonalData)}` });
  }
  if (hooks !== undefined) {
    if (!isPlainObject(hooks)) problems.push({ field: 'hooks', message: `expected an object of hook functions, got ${describe(hooks)}` });
    else {
      problems.push(...unknownKeyProblems(hooks, HOOKS, 'hooks.'));
      for (const name of HOOKS) {
        if (hooks[name] !== undefined && typeof hooks[name] !== 'function') {
          problems.push({ field: `hooks.${name}`, message: `expected a function, got ${describe(hooks[name])}` });
        }
      }
    }
  }
  if (userAgent !== undefined && typeof userAgent !== 'string') {
    problems.push({ field: 'userAgent', message: `expected a string, got ${describe(userAgent)}` });
  }
  headers(problems, options.headers);
  pacingProblems(problems, options);
  const { maxResponseBytes } = options;
  if (maxResponseBytes !== undefined && !(typeof maxResponseBytes === 'number' && (Number.isSafeInteger(maxResponseBytes) || maxResponseBytes === Infinity) && maxResponseBytes > 0)) {
    problems.push({ field: 'maxResponseBytes', message: `expected a positive integer number of bytes (or Infinity), got ${describe(maxResponseBytes)}` });
  }
  return problems;
}

/**
 * Throws `ConfigError` when a client config is malformed or has a key that is neither a common option nor one of
 * `vendorKeys`.
 */
export function assertClientOptions(provider: ProviderId, options: unknown, vendorKeys: readonly string[] = []): void {
  if (options === undefined || options === null) return;
  if (!isPlainObject(options)) {
    throw new ConfigError({ provider, message: `${provider}: the client config must be an object, got ${describe(options)}.` });
  }
  const problems = clientOptionProblems(options, vendorKeys);
  if (options.provider !== undefined && options.provider !== provider) {
    problems.push({ field: 'provider', message: `this is the ${provider} client, got provider ${describe(options.provider)}` });
  }
  if (problems.length > 0) {
    throw new ConfigError({
      provider,
      message: `${provider}: invalid client options: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`,
    });
  }
}

/**
 * Throws `ValidationError` (nothing sent) when the per-call options are malformed or have a key that is neither a
 * common request option nor one of `vendorKeys` (a vendor's own per-call options).
 */
export function assertRequestOptions(provider: ProviderId, options: unknown, vendorKeys: readonly string[] = []): void {
  if (options === undefined || options === null) return;
  if (!isPlainObject(options)) {
    throw new ValidationError({
      provider,
      message: `Invalid request options: expected an object ({ signal, timeout, maxRetries, idempotencyKey, headers, ... }), got ${describe(options)}.`,
      fields: [{ field: 'options', message: 'expected an object' }],
    });
  }
  const problems: Problem[] = unknownKeyProblems(options, [...REQUEST_OPTION_KEYS, ...vendorKeys]);
  const { signal, idempotencyKey, raw } = options;
  if (signal !== undefined && signal !== null) {
    const s = signal as Partial<AbortSignal>;
    if (typeof s !== 'object' || typeof s.aborted !== 'boolean' || typeof s.addEventListener !== 'function' || typeof s.removeEventListener !== 'function') {
      problems.push({ field: 'signal', message: `expected an AbortSignal, got ${describe(signal)}` });
    }
  }
  duration(problems, 'timeout', options.timeout);
  duration(problems, 'totalTimeout', options.totalTimeout);
  retries(problems, options.maxRetries);
  duration(problems, 'maxRetryAfterMs', options.maxRetryAfterMs, true);
  if (idempotencyKey !== undefined && !(typeof idempotencyKey === 'string' && idempotencyKey.trim() !== '')) {
    problems.push({ field: 'idempotencyKey', message: `expected a non-empty string, got ${describe(idempotencyKey)}` });
  }
  headers(problems, options.headers);
  if (raw !== undefined && typeof raw !== 'boolean') problems.push({ field: 'raw', message: `expected a boolean, got ${describe(raw)}` });
  if (problems.length > 0) {
    throw new ValidationError({
      provider,
      message: `Invalid request options: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`,
      fields: problems,
    });
  }
}

/** A timer delay, or `null` when the duration means "no limit" (`Infinity`, or beyond what a timer can hold). */
export function timerDelay(ms: number | undefined): number | null {
  if (ms === undefined || !Number.isFinite(ms) || ms > MAX_TIMER_MS) return null;
  return Math.max(0, ms);
}

/** Config keys that hold a credential: their values never appear in a message. */
const SECRET_CONFIG_KEY = /key|token|secret|password/i;

/**
 * Parses a vendor's own config keys (credentials and settings) with its zod schema, before any request: a missing or
 * malformed value is a `ConfigError` naming the key and what it must be (`describe` in the schema says it, e.g.
 * `z.string().min(1).describe('the API key (x-api-key)')`). Common options are checked by the pipeline. Returns the
 * parsed vendor keys.
 */
export function parseVendorConfig<S extends z.ZodObject>(provider: ProviderId, name: string, schema: S, config: unknown): z.output<S> {
  if (!isPlainObject(config)) {
    throw new ConfigError({ provider, message: `${name} needs a config object: { ${Object.keys(schema.shape).join(', ')} }, got ${describe(config)}.` });
  }
  const own: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (config[key] !== undefined) own[key] = config[key];
  const result = schema.safeParse(own);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.map(String).join('.');
    const field = schema.shape[issue.path[0] as string] as z.ZodType | undefined;
    const what = field?.description ? `${field.description}` : issue.message;
    const given = config[issue.path[0] as string];
    // A credential is never shown: its length says enough to spot a blank or a cut one.
    const shown = SECRET_CONFIG_KEY.test(key) && typeof given === 'string' ? `a string of ${given.length} characters` : describe(given);
    return `\`${key}\`: ${given === undefined ? `missing (${what})` : `${what}, got ${shown}`}`;
  });
  throw new ConfigError({ provider, message: `${name} config: ${problems.join('; ')}.` });
}

/** The vendor's config keys a schema declares (for `ProviderWire.configKeys`). */
export function configKeysOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
