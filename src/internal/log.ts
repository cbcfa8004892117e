/**
 * Logging and redaction. Secrets (authorization headers, API keys, token query parameters) are redacted
 * everywhere they could leak: logs, error objects, the emulator's call records. Personal data (names,
 * emails, phones) is masked in debug logs unless the user opts in with `logPersonalData: true`.
 */

/** How much the client logs: `off`, `error`, `warn` (the default), `info` or `debug` (also set by env `TICKETKIT_LOG`). */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/**
 * Where the client writes its log lines (`console` fits, as do pino and winston loggers). `data` is already redacted:
 * no credentials, and buyer and attendee details masked unless the user opts in.
 */
export interface Logger {
  /** A call failed. */
  error(message: string, data?: Record<string, unknown>): void;
  /** Something a user should know about (a retry, an unknown currency left `null`). */
  warn(message: string, data?: Record<string, unknown>): void;
  /** One line per request. */
  info(message: string, data?: Record<string, unknown>): void;
  /** Request and response details, for debugging. */
  debug(message: string, data?: Record<string, unknown>): void;
}

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export function parseLogLevel(value: string | undefined | null): LogLevel | null {
  if (!value) return null;
  const lower = value.trim().toLowerCase();
  return lower in LEVELS ? (lower as LogLevel) : null;
}

export const REDACTED = '[redacted]';

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'api-key',
  'cookie',
  'set-cookie',
  'x-auth-token',
]);
const SECRET_QUERY_KEYS = new Set(['token', 'access_token', 'api_key', 'apikey', 'key', 'client_secret', 'password']);

/** Headers whose names look secret but carry no credential (Eventbrite's read-after-write consistency token). */
const NOT_SECRET_HEADERS = new Set(['eventbrite-api-waypoint-token']);

/** True for a header name whose value is a credential. */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  if (NOT_SECRET_HEADERS.has(lower)) return false;
  return SECRET_HEADERS.has(lower) || /(^|-)(secret|token|password)$/.test(lower);
}

export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [key, value] of entries) out[key.toLowerCase()] = isSecretHeader(key) ? REDACTED : value;
  return out;
}

/** Redacts credential query parameters (`?token=…`) and userinfo in a URL. Never throws. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = '';
      parsed.password = '';
    }
    let changed = false;
    for (const key of [...parsed.searchParams.keys()]) {
      if (SECRET_QUERY_KEYS.has(key.toLowerCase())) {
        parsed.searchParams.set(key, REDACTED);
        changed = true;
      }
    }
    return changed ? parsed.toString().replace(encodeURIComponent(REDACTED), REDACTED) : parsed.toString();
  } catch {
    return url.replace(/([?&](?:token|access_token|api_key|apikey|key)=)[^&#]*/gi, `$1${REDACTED}`);
  }
}

/**
 * A secret to scrub: a configured credential (a string, replaced wherever it appears), or a pattern of the vendor's
 * key format (a global regular expression), which also catches a key the vendor echoed cut short or another key of
 * the account.
 */
export type Secret = string | RegExp;

/** Removes every occurrence of the given secrets from a text (error messages, bodies). */
export function scrubSecrets(text: string, secrets: readonly Secret[]): string {
  let out = text;
  for (const secret of secrets) {
    if (typeof secret === 'string') {
      if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
    } else {
      out = out.replace(secret.global ? secret : new RegExp(secret.source, `${secret.flags}g`), REDACTED);
    }
  }
  return out;
}

/** Whether any secret is set (an empty list, or only short strings, means there is nothing to scrub). */
export function hasSecrets(secrets: readonly Secret[]): boolean {
  return secrets.some((s) => typeof s !== 'string' || s.length >= 4);
}

/**
 * The first `max` characters of `text` with the secrets removed. Scrubbed before it is cut, so a key that straddles
 * the cut does not leave its first half behind.
 */
export function scrubbedExcerpt(text: string, max: number, secrets: readonly Secret[]): string {
  const longest = secrets.reduce((n, s) => Math.max(n, typeof s === 'string' ? s.length : 200), 0);
  return scrubSecrets(text.slice(0, max + longest), secrets).slice(0, max);
}

/** Body fields whose values are credentials wherever they appear (a sale's access `secret`, a login `password`, a new `api_key`). */
const SECRET_FIELDS = /^(secret|client_secret|password|password_confirmation|api_?key|access_?token|refresh_?token|token)$/i;

/**
 * Deep-copies a JSON-like value, replacing secret strings (in values and in keys: a vendor may echo a key as an
 * object key) and the values of credential fields.
 */
export function scrubValue(value: unknown, secrets: readonly Secret[], depth = 0): unknown {
  if (depth > 20) return value;
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[scrubSecrets(k, secrets)] = SECRET_FIELDS.test(k) && typeof v === 'string' ? REDACTED : scrubValue(v, secrets, depth + 1);
    }
    return out;
  }
  return value;
}

/**
 * Keys that hold a person's name, email or phone, bare or with a person-ish prefix, in snake, kebab or camel case
 * (`name`, `buyer_name`, `buyerEmail`, `holder-phone`, `first_name`, ...).
 */
const PII_KEYS =
  /^(?:(?:buyer|attendee|holder|payee|payer|user|member|customer|contact|guest|purchaser|billing|owner|first|last|full|given|family|display|middle|sur|cell|mobile|home|work)[_-]?)?(?:name|email|e_?mail|email_?address|phone|phone_?number|mobile|cell_?phone|tel|telephone|fn)$/i;

/** Masks personal data (names, emails, phones) in a JSON-like value, for debug logs. */
export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 20) return value;
  if (Array.isArray(value)) return value.map((v) => maskPersonalData(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = PII_KEYS.test(k) && typeof v === 'string' ? maskString(v) : maskPersonalData(v, depth + 1);
    }
    return out;
  }
  if (typeof value === 'string' && /^[^@\s]+@[^@\s]+$/.test(value)) return maskString(value);
  if (typeof value === 'string') return maskEmailsInText(value);
  return value;
}

const EMAIL_IN_TEXT = /([A-Za-z0-9._+-])[A-Za-z0-9._%+-]*(@|%40)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** Masks email addresses inside a longer text (a URL's query, a message): `jane@x.com` → `j***@x.com`. */
export function maskEmailsInText(text: string): string {
  return text.replace(EMAIL_IN_TEXT, (_m, first: string, at: string, domain: string) => `${first}***${at}${domain}`);
}

function maskString(value: string): string {
  if (value.length <= 2) return '**';
  return `${value[0]}***${value.includes('@') ? value.slice(value.indexOf('@')) : ''}`;
}

const consoleLogger: Logger = {
  error: (m, d) => console.error(`[ticketkit] ${m}`, ...(d ? [d] : [])),
  warn: (m, d) => console.warn(`[ticketkit] ${m}`, ...(d ? [d] : [])),
  info: (m, d) => console.info(`[ticketkit] ${m}`, ...(d ? [d] : [])),
  debug: (m, d) => console.debug(`[ticketkit] ${m}`, ...(d ? [d] : [])),
};

export interface LogOptions {
  logger?: Logger;
  logLevel?: LogLevel;
  logPersonalData?: boolean;
}

/** A logger filtered by level, whose data is scrubbed of secrets (and of personal data unless opted in). */
export class Log {
  readonly level: LogLevel;
  private readonly sink: Logger;
  private readonly secrets: readonly Secret[];
  readonly personalData: boolean;

  constructor(options: LogOptions, secrets: readonly Secret[]) {
    const envLevel =
      typeof process !== 'undefined' && process.env ? parseLogLevel(process.env.TICKETKIT_LOG) : null;
    this.level = options.logLevel ?? envLevel ?? 'warn';
    this.sink = options.logger ?? consoleLogger;
    this.secrets = secrets;
    this.personalData = options.logPersonalData ?? false;
  }

  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return LEVELS[this.level] >= LEVELS[level];
  }

  private emit(level: Exclude<LogLevel, 'off'>, message: string, data?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    let safe = data ? (scrubValue(data, this.secrets) as Record<string, unknown>) : undefined;
    if (safe && !this.personalData) safe = maskPersonalData(safe) as Record<string, unknown>;
    try {
      const text = scrubSecrets(message, this.secrets);
      this.sink[level](this.personalData ? text : maskEmailsInText(text), safe);
    } catch {
      // A broken user logger must not break a request.
    }
  }

  error(message: string, data?: Record<string, unknown>): void {
    this.emit('error', message, data);
  }
  warn(message: string, data?: Record<string, unknown>): void {
    this.emit('warn', message, data);
  }
  info(message: string, data?: Record<string, unknown>): void {
    this.emit('info', message, data);
  }
  debug(message: string, data?: Record<string, unknown>): void {
    this.emit('debug', message, data);
  }
}
