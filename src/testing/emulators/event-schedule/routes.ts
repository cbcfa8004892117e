/**
 * The Event Schedule route table: every route of docs/vendors/event-schedule.md under `/api`, with the
 * controllers' checks in their order (exists → access → Pro gate), Laravel-style 422 validation bodies,
 * page/per_page with the 7-field `meta`, and the sale state machine.
 */
import { EmulatorHttpError, json, type EmulatorRequest, type EmulatorResponse, type OpRequest, type RouteDef } from '../../framework/index.js';
import {
  addSold,
  canManageEvent,
  creatorTimezone,
  eventIsPro,
  eventJson,
  fanContentJson,
  feedbackJson,
  firstOccurrenceDate,
  insertEvent,
  insertSale,
  insertSchedule,
  isPro,
  liveSchedule,
  liveTickets,
  moveEvent,
  newTicket,
  releaseSeats,
  removeEvent,
  saleJson,
  scheduleJson,
  soldOn,
  type EsEnv,
  type EsScheduleRow,
  type EsState,
  type EsUser,
  type RateBucket,
} from './state.js';
import { announceEvent, announceSale } from './webhooks.js';
import {
  ES_BASE_PATH,
  ES_CATEGORIES,
  ES_DEFAULT_CURRENCY_GUESS,
  ES_DEFAULT_PER_PAGE,
  ES_FLYER_EXTENSIONS,
  ES_FLYER_MAX_BYTES,
  ES_KEY_LIFETIME_MS,
  ES_LANGUAGES,
  ES_MAX_PER_PAGE,
  ES_MAX_SCHEDULES,
  ES_PAYMENT_METHODS,
  ES_SCHEDULES_FALLBACK_PER_PAGE,
  ES_TEXT,
  ES_CREATE_EVENT_LIMIT,
  ES_CREATE_EVENT_WINDOW_MS,
  ES_LOGIN_FAILURE_LIMIT,
  ES_LOGIN_FAILURE_TTL_MS,
  ES_REGISTER_LIMIT,
  ES_REGISTER_TTL_MS,
  ES_SEND_CODE_LIMIT,
  ES_SEND_CODE_TTL_MS,
  esId,
  esKey,
  isYmd,
  isoOffset,
  localYmd,
  parseNaiveUtc,
  toThousandths,
  type EsEventRow,
  type EsSaleRow,
  type EsTicketRow,
} from './wire.js';

/** What `authenticate` returns: the key's user. */
export interface EsAuth {
  user: EsUser;
}

/** Every operation the Event Schedule emulator routes to: what `mock.faults` targets are typed with. */
export type EventScheduleOperation =
  | 'auth.sendCode'
  | 'auth.register'
  | 'auth.login'
  | 'schedules.list'
  | 'schedules.create'
  | 'schedules.get'
  | 'schedules.update'
  | 'schedules.delete'
  | 'groups.list'
  | 'groups.create'
  | 'groups.update'
  | 'groups.delete'
  | 'events.list'
  | 'events.get'
  | 'events.create'
  | 'events.update'
  | 'events.publish'
  | 'events.delete'
  | 'events.uploadFlyer'
  | 'categories.list'
  | 'orders.list'
  | 'orders.get'
  | 'orders.create'
  | 'orders.markPaid'
  | 'orders.refund'
  | 'orders.cancel'
  | 'orders.update'
  | 'orders.delete'
  | 'feedback.list'
  | 'fanContent.list';

type Req = EmulatorRequest<EsState>;
/** A route whose operation names are checked against `EventScheduleOperation` at compile time. */
type Route = RouteDef<EsState, EsAuth> & {
  op: EventScheduleOperation | ((request: OpRequest) => EventScheduleOperation);
  ops?: readonly EventScheduleOperation[];
};
type Errors = Record<string, string[]>;

const api = (path: string) => `${ES_BASE_PATH}${path}`;

function fail(status: number, message: string, errors?: Errors): EmulatorHttpError {
  return new EmulatorHttpError(status, message, errors ? { errors } : {});
}
const invalid = (errors: Errors) => fail(422, ES_TEXT.validation, errors);
const business = (message: string) => fail(422, message);
const proGate = () => fail(403, ES_TEXT.proGate);
/** A crash deep in a save ("Events": `null` collections) answers Laravel's generic 500. */
const crash = () => new EmulatorHttpError(500, 'Server Error', { framework: true });

function bodyOf(req: Req): Record<string, unknown> {
  if (req.text === '') return {};
  const body = req.json;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw invalid({ body: ['The request body must be a JSON object.'] });
  return body as Record<string, unknown>;
}

/** Laravel's `boolean` rule: true, false, 1, 0, "1", "0". */
function asBool(value: unknown): boolean | undefined {
  if (value === true || value === 1 || value === '1') return true;
  if (value === false || value === 0 || value === '0') return false;
  return undefined;
}

const label = (field: string) => field.replace(/_/g, ' ');
const isEmail = (v: unknown): v is string => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) && v.length <= 255;
const isUrl = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
};

/** A tiny validator with Laravel 11 wording. */
class Check {
  readonly errors: Errors = {};
  constructor(private readonly body: Record<string, unknown>) {}
  private add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }
  has(field: string): boolean {
    return this.body[field] !== undefined;
  }
  required(field: string): this {
    const v = this.body[field];
    if (v === undefined || v === null || v === '') this.add(field, `The ${label(field)} field is required.`);
    return this;
  }
  string(field: string, max: number, nullable = true): this {
    const v = this.body[field];
    if (v === undefined || (v === null && nullable)) return this;
    if (typeof v !== 'string') this.add(field, `The ${label(field)} field must be a string.`);
    else if (v.length > max) this.add(field, `The ${label(field)} field must not be greater than ${max} characters.`);
    return this;
  }
  bool(field: string): this {
    const v = this.body[field];
    if (v !== undefined && v !== null && asBool(v) === undefined) this.add(field, `The ${label(field)} field must be true or false.`);
    return this;
  }
  int(field: string, min: number | null, max: number | null = null): this {
    const v = this.body[field];
    if (v === undefined || v === null) return this;
    if (typeof v !== 'number' || !Number.isInteger(v)) this.add(field, `The ${label(field)} field must be an integer.`);
    else if (min !== null && v < min) this.add(field, `The ${label(field)} field must be at least ${min}.`);
    else if (max !== null && v > max) this.add(field, `The ${label(field)} field must not be greater than ${max}.`);
    return this;
  }
  number(field: string, min: number, max: number | null = null): this {
    const v = this.body[field];
    if (v === undefined || v === null) return this;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.add(field, `The ${label(field)} field must be a number.`);
    else if (v < min) this.add(field, `The ${label(field)} field must be at least ${min}.`);
    else if (max !== null && v > max) this.add(field, `The ${label(field)} field must not be greater than ${max}.`);
    return this;
  }
  oneOf(field: string, values: readonly string[]): this {
    const v = this.body[field];
    if (v !== undefined && v !== null && !values.includes(v as string)) this.add(field, `The selected ${label(field)} is invalid.`);
    return this;
  }
  format(field: string, test: (v: unknown) => boolean, format: string): this {
    const v = this.body[field];
    if (v !== undefined && v !== null && !test(v)) this.add(field, `The ${label(field)} field must match the format ${format}.`);
    return this;
  }
  email(field: string): this {
    const v = this.body[field];
    if (v !== undefined && v !== null && !isEmail(v)) this.add(field, `The ${label(field)} field must be a valid email address.`);
    return this;
  }
  url(field: string, max: number): this {
    const v = this.body[field];
    if (v === undefined || v === null) return this;
    if (!isUrl(v)) this.add(field, `The ${label(field)} field must be a valid URL.`);
    else if (v.length > max) this.add(field, `The ${label(field)} field must not be greater than ${max} characters.`);
    return this;
  }
  array(field: string): this {
    const v = this.body[field];
    if (v !== undefined && v !== null && (typeof v !== 'object')) this.add(field, `The ${label(field)} field must be an array.`);
    return this;
  }
  custom(field: string, message: string | null): this {
    if (message !== null) this.add(field, message);
    return this;
  }
  done(): void {
    if (Object.keys(this.errors).length > 0) throw invalid(this.errors);
  }
}

/**
 * "Base URL and transport": the hosted site answers a path ending in `/` with a 301 to the slash-less path (before any other
 * check). Thrown from `authenticate` and the auth routes; unknown routes get it in `errorResponse`.
 */
export function redirectTrailingSlash(req: Req): void {
  if (req.path.length > 1 && req.path.endsWith('/')) {
    throw new EmulatorHttpError(301, 'Moved Permanently', { location: `${req.url.origin}${req.path.replace(/\/+$/, '')}${req.url.search}` });
  }
}

// ---- paging ("Paging") ----

function pageNumber(req: Req): number {
  const raw = Number(req.query.get('page') ?? '1');
  return Number.isInteger(raw) && raw >= 1 ? raw : 1;
}

/** `/events`, `/sales`, `/feedback`, `/fan-content`: `per_page` 1-500, else 422. */
function strictPerPage(req: Req): number {
  const raw = req.query.get('per_page');
  let size = ES_DEFAULT_PER_PAGE;
  if (raw !== null) {
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw)) throw invalid({ per_page: ['The per page field must be an integer.'] });
    if (n < 1) throw invalid({ per_page: ['The per page field must be at least 1.'] });
    if (n > ES_MAX_PER_PAGE) throw invalid({ per_page: [`The per page field must not be greater than ${ES_MAX_PER_PAGE}.`] });
    size = n;
  }
  return req.env.pageSize === null ? size : Math.min(size, req.env.pageSize);
}

/** `/schedules`: not validated; above 500 is clamped, 0 or non-numeric falls back to 15 (inferred). */
function lenientPerPage(req: Req): number {
  const raw = req.query.get('per_page');
  let size = ES_DEFAULT_PER_PAGE;
  if (raw !== null) {
    const n = Number(raw);
    size = Number.isInteger(n) && n >= 1 ? Math.min(n, ES_MAX_PER_PAGE) : ES_SCHEDULES_FALLBACK_PER_PAGE;
  }
  return req.env.pageSize === null ? size : Math.min(size, req.env.pageSize);
}

/** One page of `rows` (already in answer order) with the 7-field `meta`. */
function paged<T>(req: Req, rows: T[], perPage: number, render: (row: T) => unknown): EmulatorResponse {
  const page = pageNumber(req);
  const total = rows.length;
  const slice = rows.slice((page - 1) * perPage, page * perPage);
  return json(200, {
    data: slice.map(render),
    meta: {
      current_page: page,
      from: slice.length ? (page - 1) * perPage + 1 : null,
      last_page: Math.max(1, Math.ceil(total / perPage)),
      per_page: perPage,
      to: slice.length ? (page - 1) * perPage + slice.length : null,
      total,
      path: `${req.url.origin}${req.path}`,
    },
  });
}

// ---- lookups with the controllers' checks ----

function scheduleFor(req: Req, auth: EsAuth, subdomain = req.params.subdomain!, needPro = true): EsScheduleRow {
  const row = liveSchedule(req.env.state, subdomain);
  // Not owner/admin → 404, not 403 ("Responses and errors").
  if (!row || row.ownerId !== auth.user.id) throw fail(404, ES_TEXT.scheduleNotFound);
  if (needPro && !isPro(row)) throw proGate();
  return row;
}

function eventFor(req: Req, auth: EsAuth, id = req.params.id!): EsEventRow {
  const state = req.env.state;
  const event = state.events.get(id);
  if (!event) throw fail(404, ES_TEXT.eventNotFound);
  if (!canManageEvent(state, event, auth.user.id)) throw fail(403, ES_TEXT.unauthorized);
  if (!eventIsPro(state, event)) throw proGate();
  return event;
}

function saleFor(req: Req, auth: EsAuth, needPro = true): EsSaleRow {
  const state = req.env.state;
  const sale = state.sales.get(req.params.id!);
  const event = sale ? state.events.get(sale.event_id) : undefined;
  if (!sale || !event) throw fail(404, ES_TEXT.saleNotFound);
  if (!canManageEvent(state, event, auth.user.id) && sale.user_id !== auth.user.id) throw fail(403, ES_TEXT.unauthorized);
  if (needPro && !eventIsPro(state, event)) throw proGate();
  return sale;
}

// ---- auth ("Authentication") ----

/** "Rate limits": a cache-entry limit (count + TTL that each counted hit pushes back). */
function limited(bucket: RateBucket | undefined, limit: number, now: number): boolean {
  return bucket !== undefined && bucket.expiresAt > now && bucket.count >= limit;
}
function hit(bucket: RateBucket, ttlMs: number, now: number): void {
  if (bucket.expiresAt <= now) bucket.count = 0;
  bucket.count += 1;
  bucket.expiresAt = now + ttlMs;
}

const sendCode = (req: Req): EmulatorResponse => {
  redirectTrailingSlash(req);
  const body = bodyOf(req);
  if (body.website !== undefined && body.website !== null && body.website !== '') throw business('Invalid request');
  new Check(body).required('email').email('email').done();
  const email = (body.email as string).toLowerCase();
  const limits = req.env.state.authLimits.codes;
  // 5 codes per email; each send pushes the hour back.
  if (limited(limits.get(email), ES_SEND_CODE_LIMIT, req.env.now())) throw fail(429, ES_TEXT.tooManyCodes);
  if ([...req.env.state.users.values()].some((u) => u.email === email)) throw business('Unable to send verification code');
  const code = String(100000 + req.env.ids.next('code'));
  req.env.state.codes.set(email, code);
  const at = req.env.stamp();
  const bucket = limits.get(email) ?? { count: 0, expiresAt: 0 };
  hit(bucket, ES_SEND_CODE_TTL_MS, at);
  limits.set(email, bucket);
  return json(200, { data: { message: `Verification code sent to ${email}` } });
};

function issueKey(req: Req, user: EsUser): EmulatorResponse['body'] {
  const at = req.env.stamp();
  const key = esKey(req.env.ids.next('key'));
  if (user.apiKey) req.env.state.keys.delete(user.apiKey);
  user.apiKey = key;
  user.keyExpiresAt = at + ES_KEY_LIFETIME_MS;
  req.env.state.keys.set(key, user.id);
  return { data: { api_key: key, api_key_expires_at: isoOffset(user.keyExpiresAt), user: { id: user.id, name: user.name, email: user.email } } };
}

const register = (req: Req): EmulatorResponse => {
  redirectTrailingSlash(req);
  const body = bodyOf(req);
  if (body.website !== undefined && body.website !== null && body.website !== '') throw business('Invalid request');
  const state = req.env.state;
  // 3 successful registrations per IP (the emulator is one IP); each success pushes the hour back.
  if (limited(state.authLimits.registrations, ES_REGISTER_LIMIT, req.env.now())) throw fail(429, ES_TEXT.tooManyRegistrations);
  const email = typeof body.email === 'string' ? body.email.toLowerCase() : null;
  const check = new Check(body)
    .required('name')
    .string('name', 255)
    .required('email')
    .email('email')
    .required('password')
    .custom('password', typeof body.password === 'string' && body.password.length < 8 ? 'The password field must be at least 8 characters.' : null)
    .string('timezone', 100)
    .oneOf('language_code', ES_LANGUAGES);
  if (email !== null && [...state.users.values()].some((u) => u.email === email)) check.custom('email', 'Email is already registered');
  // Hosted: a single-use 6-digit code from send-code (a wrong one consumes it).
  const code = email === null ? undefined : state.codes.get(email);
  if (email !== null) state.codes.delete(email);
  if (typeof body.verification_code !== 'string' || body.verification_code !== code) {
    check.custom('verification_code', 'Invalid or expired verification code');
  }
  check.done();
  const user: EsUser = {
    id: esId('user', req.env.ids.next('user')),
    name: body.name as string,
    email: email!,
    password: body.password as string,
    apiKey: null,
    keyExpiresAt: null,
  };
  state.users.set(user.id, user);
  const issued = issueKey(req, user);
  hit(state.authLimits.registrations, ES_REGISTER_TTL_MS, req.env.now());
  return json(201, issued);
};

const login = (req: Req): EmulatorResponse => {
  redirectTrailingSlash(req);
  const failures = req.env.state.authLimits.loginFailures;
  // 5 failed attempts per IP; each failure pushes the 15 minutes back; a success clears them.
  if (limited(failures, ES_LOGIN_FAILURE_LIMIT, req.env.now())) throw fail(429, ES_TEXT.tooManyLogins);
  const body = bodyOf(req);
  new Check(body).required('email').email('email').required('password').done();
  const email = (body.email as string).toLowerCase();
  const user = [...req.env.state.users.values()].find((u) => u.email === email && u.password === body.password);
  if (!user) {
    hit(failures, ES_LOGIN_FAILURE_TTL_MS, req.env.now());
    throw fail(401, 'Invalid email or password');
  }
  failures.count = 0;
  failures.expiresAt = 0;
  const expired = user.keyExpiresAt !== null && user.keyExpiresAt <= req.env.now();
  if (user.apiKey !== null && !expired) {
    throw fail(409, 'An active API key already exists. To generate a new key, disable and re-enable API access in your account settings.');
  }
  return json(200, issueKey(req, user));
};

// ---- schedules ("Endpoints") ----

const SCHEDULE_TYPES = ['venue', 'talent', 'curator'] as const;

function checkScheduleFields(body: Record<string, unknown>, creating: boolean): void {
  const check = new Check(body);
  if (creating) check.required('name').required('type').oneOf('type', SCHEDULE_TYPES);
  else if (body.name === null) check.custom('name', 'The name field must be a string.');
  check
    .string('name', 255)
    .email('email')
    .string('description', 10000)
    .string('short_description', 200)
    .string('timezone', 100)
    .oneOf('language_code', ES_LANGUAGES)
    .string('website', 255)
    .string('address1', 255)
    .string('city', 255)
    .string('state', 255)
    .string('postal_code', 20)
    .string('country_code', 10)
    .done();
}

const SCHEDULE_FIELDS = ['email', 'description', 'short_description', 'timezone', 'language_code', 'website', 'address1', 'city', 'state', 'postal_code', 'country_code'] as const;

const listSchedules = (req: Req, auth: EsAuth): EmulatorResponse => {
  const perPage = lenientPerPage(req);
  const subdomain = req.query.get('subdomain');
  const name = req.query.get('name')?.toLowerCase() ?? null;
  const type = req.query.get('type');
  const rows = req.env.state.scheduleOrder.filter(
    (s) =>
      !s.deleted &&
      s.ownerId === auth.user.id &&
      isPro(s) &&
      (subdomain === null || s.wire.subdomain === subdomain) &&
      (name === null || s.wire.name.toLowerCase().includes(name)) &&
      (type === null || s.wire.type === type),
  );
  return paged(req, rows, perPage, scheduleJson);
};

const createSchedule = (req: Req, auth: EsAuth): EmulatorResponse => {
  const body = bodyOf(req);
  checkScheduleFields(body, true);
  const state = req.env.state;
  if (state.scheduleOrder.filter((s) => !s.deleted && s.ownerId === auth.user.id).length >= ES_MAX_SCHEDULES) {
    throw business('You have reached the maximum number of schedules.');
  }
  const fields: Record<string, unknown> = { name: body.name, type: body.type };
  for (const key of SCHEDULE_FIELDS) if (body[key] !== undefined) fields[key] = body[key];
  // Hosted: nothing grants a trial, so the new schedule is not Pro and serializes as {} ("Base URL and transport": the plan gate).
  const row = insertSchedule(req.env, state, auth.user.id, fields as never, 'free', req.env.stamp());
  return json(201, { data: isPro(row) ? scheduleJson(row) : {} });
};

const updateSchedule = (req: Req, auth: EsAuth): EmulatorResponse => {
  const row = scheduleFor(req, auth);
  const body = bodyOf(req);
  checkScheduleFields(body, false);
  const wire = row.wire as unknown as Record<string, unknown>;
  if (typeof body.name === 'string') wire.name = body.name;
  for (const key of SCHEDULE_FIELDS) {
    if (body[key] === undefined) continue;
    wire[key] = key === 'country_code' && typeof body[key] === 'string' ? (body[key] as string).toLowerCase() : body[key];
  }
  row.wire.updated_at = isoOffset(req.env.stamp());
  return json(200, { data: scheduleJson(row) });
};

const deleteSchedule = (req: Req, auth: EsAuth): EmulatorResponse => {
  // Owner only, no Pro check ("Endpoints").
  const row = scheduleFor(req, auth, req.params.subdomain!, false);
  row.deleted = true;
  req.env.stamp();
  return json(200, { data: { message: 'Schedule deleted successfully' } });
};

// ---- groups ("Endpoints") ----

function groupSlug(row: EsScheduleRow, name: string, selfId?: string): string {
  const base = (name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'group').slice(0, 180);
  const taken = (slug: string) => row.wire.groups.some((g) => g.slug === slug && g.id !== selfId);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

function checkGroup(body: Record<string, unknown>, creating: boolean): void {
  const check = new Check(body);
  if (creating) check.required('name');
  else if (body.name === null) check.custom('name', 'The name field must be a string.');
  check.string('name', 255).string('color', 50).done();
}

function groupOf(row: EsScheduleRow, id: string) {
  const group = row.wire.groups.find((g) => g.id === id);
  if (!group) throw fail(404, ES_TEXT.groupNotFound);
  return group;
}

// ---- events ("Events") ----

const FREQUENCIES = ['daily', 'weekly', 'every_n_weeks', 'monthly_date', 'monthly_weekday', 'yearly'];
const YMD_HIS = (v: unknown) => typeof v === 'string' && parseNaiveUtc(v) !== null;

function checkTickets(check: Check, tickets: unknown): void {
  if (tickets === undefined) return;
  if (tickets === null) return; // passes validation, then crashes the save (see applyEvent)
  if (!Array.isArray(tickets)) {
    check.custom('tickets', 'The tickets field must be an array.');
    return;
  }
  tickets.forEach((item: unknown, i) => {
    const t = (item ?? {}) as Record<string, unknown>;
    if (typeof t.type !== 'string' || t.type === '') check.custom(`tickets.${i}.type`, `The tickets.${i}.type field is required.`);
    else if (t.type.length > 255) check.custom(`tickets.${i}.type`, `The tickets.${i}.type field must not be greater than 255 characters.`);
    if (t.quantity !== undefined && t.quantity !== null && !(typeof t.quantity === 'number' && Number.isInteger(t.quantity) && t.quantity >= 0)) {
      check.custom(`tickets.${i}.quantity`, `The tickets.${i}.quantity field must be at least 0.`);
    }
    if (t.price !== undefined && t.price !== null && toThousandths(typeof t.price === 'number' ? t.price : Number.NaN) === null) {
      check.custom(`tickets.${i}.price`, `The tickets.${i}.price field must be at least 0.`);
    }
    if (t.description !== undefined && t.description !== null && (typeof t.description !== 'string' || t.description.length > 1000)) {
      check.custom(`tickets.${i}.description`, `The tickets.${i}.description field must not be greater than 1000 characters.`);
    }
    for (const key of ['sales_start_at', 'sales_end_at']) {
      const v = t[key];
      if (v !== undefined && v !== null && (typeof v !== 'string' || Number.isNaN(Date.parse(v.includes('T') ? v : `${v.replace(' ', 'T')}Z`)))) {
        check.custom(`tickets.${i}.${key}`, `The tickets.${i}.${key.replace(/_/g, ' ')} field must be a valid date.`);
      }
    }
  });
}

function checkEventBody(body: Record<string, unknown>, creating: boolean): void {
  const check = new Check(body);
  if (creating) check.required('name').required('starts_at');
  else {
    if (body.name === null) check.custom('name', 'The name field must be a string.');
    if (body.starts_at === null) check.custom('starts_at', 'The starts at field must be a string.');
  }
  check
    .string('name', 255)
    .format('starts_at', YMD_HIS, 'Y-m-d H:i:s')
    .number('duration', 0, 8760)
    .string('description', 10000)
    .string('short_description', 500)
    .url('event_url', 255)
    .url('registration_url', 2048)
    .string('event_password', 255)
    .bool('is_draft')
    .bool('is_private')
    .bool('is_internal')
    .bool('rsvp_enabled')
    .int('rsvp_limit', 1)
    .int('category_id', null)
    .string('category', 255)
    .string('schedule', 255)
    .oneOf('schedule_type', ['single', 'recurring'])
    .oneOf('recurring_frequency', FREQUENCIES)
    .format('days_of_week', (v) => typeof v === 'string' && /^[01]{7}$/.test(v), '0000000')
    .int('recurring_interval', 2)
    .oneOf('recurring_end_type', ['never', 'on_date', 'after_events'])
    .bool('tickets_enabled')
    .custom('ticket_currency_code', body.ticket_currency_code !== undefined && body.ticket_currency_code !== null && (typeof body.ticket_currency_code !== 'string' || body.ticket_currency_code.length !== 3) ? 'The ticket currency code field must be 3 characters.' : null)
    .oneOf('payment_method', [...ES_PAYMENT_METHODS, 'manual'])
    .string('payment_instructions', 5000)
    .array('addons')
    .array('event_parts')
    .array('members');
  if (body.category_id !== undefined && body.category_id !== null && !ES_CATEGORIES.some((c) => c.id === body.category_id)) {
    check.custom('category_id', 'The selected category id is invalid.');
  }
  const recurring = body.schedule_type === 'recurring';
  if (creating && recurring && body.recurring_frequency === undefined) check.custom('recurring_frequency', 'The recurring frequency field is required when schedule type is recurring.');
  if ((body.recurring_frequency === 'weekly' || body.recurring_frequency === 'every_n_weeks') && body.days_of_week === undefined) {
    check.custom('days_of_week', 'The days of week field is required when recurring frequency is weekly.');
  }
  checkTickets(check, body.tickets);
  check.done();
}

function parseTicketTime(value: unknown): number | null {
  if (typeof value !== 'string' || value === '') return null;
  const ms = Date.parse(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** "Events": a sent `tickets` list replaces the stored one; items carrying an `id` are silently skipped. */
function replaceTickets(env: EsEnv, event: EsEventRow, items: Array<Record<string, unknown>>): void {
  for (const t of event.tickets) t.retired = true;
  for (const item of items) {
    if (item.id !== undefined) continue;
    const { type, quantity, price, description, sales_start_at, sales_end_at, ...extra } = item;
    event.tickets.push(
      newTicket(env, {
        type: type as string,
        quantity: typeof quantity === 'number' ? quantity : 0,
        price: toThousandths(price ?? 0) ?? 0,
        description: typeof description === 'string' ? description : null,
        sales_start_at: parseTicketTime(sales_start_at),
        sales_end_at: parseTicketTime(sales_end_at),
        extra,
      }),
    );
  }
}

type EventBody = Record<string, unknown>;

/** The plain fields of an event body: name, start (moving the event in the sorted list), texts, RSVP. */
function applyEventFields(state: EsState, event: EsEventRow, body: EventBody, creating: boolean): void {
  if (typeof body.name === 'string') event.name = body.name;
  if (typeof body.starts_at === 'string' && body.starts_at !== event.starts_at) {
    if (creating) event.starts_at = body.starts_at;
    else moveEvent(state, event, body.starts_at);
  }
  if (body.duration !== undefined) event.duration = body.duration === null ? null : (body.duration as number);
  for (const key of ['description', 'short_description', 'event_url', 'registration_url', 'payment_instructions'] as const) {
    if (body[key] !== undefined) event[key] = (body[key] as string | null) || null;
  }
  if (body.rsvp_enabled !== undefined) event.rsvp_enabled = asBool(body.rsvp_enabled) ?? false;
  if (body.rsvp_limit !== undefined) event.rsvp_limit = body.rsvp_limit as number | null;
}

/** Category (by id or name), sub-schedule (group slug), currency and payment method. */
function applyEventSettings(event: EsEventRow, body: EventBody, schedule: EsScheduleRow): void {
  if (body.category_id !== undefined) event.category_id = body.category_id as number | null;
  else if (typeof body.category === 'string') {
    const wanted = body.category.toLowerCase().replace(/[^a-z0-9]/g, '');
    const found = ES_CATEGORIES.find((c) => c.name.toLowerCase().replace(/[^a-z0-9]/g, '') === wanted);
    if (!found) throw business('Category not found');
    event.category_id = found.id;
  }
  if (typeof body.schedule === 'string') {
    const group = schedule.wire.groups.find((g) => g.slug === body.schedule);
    if (!group) throw business('Sub-schedule not found');
    event.groups[schedule.wire.subdomain] = group.id;
  }
  if (body.ticket_currency_code !== undefined && body.ticket_currency_code !== null) event.ticket_currency_code = (body.ticket_currency_code as string).toUpperCase();
  if (body.payment_method !== undefined && body.payment_method !== null) {
    event.payment_method = body.payment_method === 'manual' ? 'cash' : (body.payment_method as string);
  }
}

/** Visibility: Enterprise-only flags are stripped on lower plans; `is_private` then saves a draft. */
function applyEventVisibility(event: EsEventRow, body: EventBody, schedule: EsScheduleRow, creating: boolean): void {
  const enterprise = schedule.plan === 'enterprise';
  const flags = ['is_draft', 'is_private', 'is_internal'].filter((k) => body[k] !== undefined);
  if (body.is_draft !== undefined) event.is_draft = asBool(body.is_draft) ?? false;
  if (body.is_private !== undefined) {
    if (enterprise) event.is_private = asBool(body.is_private) ?? false;
    else if (asBool(body.is_private)) event.is_draft = true;
  }
  if (body.is_internal !== undefined && enterprise) {
    event.is_internal = asBool(body.is_internal) ?? false;
    if (event.is_internal) {
      event.is_draft = true;
      event.is_private = false;
      event.event_password = null;
    }
  }
  if (body.event_password !== undefined) event.event_password = event.is_private ? ((body.event_password as string | null) ?? null) : null;
  if (creating && flags.length === 0) event.is_draft = false;
}

/** Recurrence: `single` clears it; `recurring` (or a new frequency on a recurring event) sets it. */
function applyEventRecurrence(event: EsEventRow, body: EventBody): void {
  // Recurrence.
  if (body.schedule_type === 'single') {
    event.schedule_type = 'single';
    event.recurring_frequency = event.recurring_interval = event.days_of_week = event.recurring_end_type = event.recurring_end_value = null;
  } else if (body.schedule_type === 'recurring' || (event.schedule_type === 'recurring' && body.recurring_frequency !== undefined)) {
    event.schedule_type = 'recurring';
    const frequency = (body.recurring_frequency as string | undefined) ?? event.recurring_frequency ?? 'weekly';
    event.recurring_frequency = frequency;
    event.days_of_week = frequency === 'weekly' || frequency === 'every_n_weeks' ? ((body.days_of_week as string | undefined) ?? event.days_of_week) : '1111111';
    event.recurring_interval = frequency === 'every_n_weeks' ? ((body.recurring_interval as number | undefined) ?? event.recurring_interval ?? 2) : null;
    event.recurring_end_type = (body.recurring_end_type as string | undefined) ?? event.recurring_end_type ?? 'never';
    const endValue = body.recurring_end_value;
    if (endValue !== undefined) {
      const valid =
        (event.recurring_end_type === 'on_date' && isYmd(endValue)) ||
        (event.recurring_end_type === 'after_events' && /^[1-9]\d*$/.test(String(endValue)));
      event.recurring_end_value = valid ? String(endValue) : null;
    }
  }
}

/** The agenda (`event_parts`): a sent list replaces the stored one, items carrying an `id` are skipped. */
function applyEventParts(req: Req, event: EsEventRow, body: EventBody): void {
  if (Array.isArray(body.event_parts)) {
    event.event_parts = (body.event_parts as Array<Record<string, unknown>>)
      .filter((p) => p.id === undefined)
      .map((p) => ({
        id: esId('part', req.env.ids.next('part')),
        name: String(p.name ?? ''),
        description: typeof p.description === 'string' ? p.description : null,
        start_time: typeof p.start_time === 'string' ? p.start_time : null,
        end_time: typeof p.end_time === 'string' ? p.end_time : null,
      }));
  }
}

/** Talent (`members`) and venue: the schedules an event is linked to, found among the user's own. */
function applyEventSchedules(state: EsState, auth: EsAuth, event: EsEventRow, body: EventBody, schedule: EsScheduleRow): void {
  if (Array.isArray(body.members) && body.members.length > 0 && schedule.wire.type !== 'talent') {
    for (const m of body.members as Array<Record<string, unknown>>) {
      const talent = state.scheduleOrder.find(
        (s) => !s.deleted && s.wire.type === 'talent' && s.ownerId === auth.user.id && (s.wire.name === m.name || (m.email && s.wire.email === m.email)),
      );
      if (!talent) throw business(`Talent member not found: ${String(m.name ?? m.email ?? '')}`);
      if (!event.schedules.includes(talent.wire.subdomain)) event.schedules.push(talent.wire.subdomain);
    }
  }
  if (typeof body.venue_name === 'string' && typeof body.venue_address1 === 'string') {
    const venue = state.scheduleOrder.find(
      (s) => !s.deleted && s.wire.type === 'venue' && s.ownerId === auth.user.id && s.wire.name === body.venue_name && s.wire.address1 === body.venue_address1,
    );
    if (!venue) throw business(`Venue not found: ${body.venue_name}`);
    if (!event.schedules.includes(venue.wire.subdomain)) event.schedules.push(venue.wire.subdomain);
  } else if (typeof body.venue_id === 'string' && schedule.wire.type !== 'venue') {
    const venue = state.scheduleOrder.find((s) => !s.deleted && s.wire.id === body.venue_id);
    if (!venue) throw new EmulatorHttpError(404, 'Not Found', { framework: true });
    if (!event.schedules.includes(venue.wire.subdomain)) event.schedules.push(venue.wire.subdomain);
  }
}

/** Tickets: `tickets_enabled`, and a sent list that replaces the stored one. */
function applyEventTickets(req: Req, event: EsEventRow, body: EventBody): void {
  if (body.tickets_enabled !== undefined) event.tickets_enabled = asBool(body.tickets_enabled) ?? false;
  if (Array.isArray(body.tickets)) replaceTickets(req.env, event, body.tickets as Array<Record<string, unknown>>);
  // `tickets_enabled: false` retires every ticket type.
  if (body.tickets_enabled !== undefined && !event.tickets_enabled) for (const t of event.tickets) t.retired = true;
}

/** Applies a create/update body (already validated) to an event, in the context of `schedule`. */
function applyEvent(req: Req, auth: EsAuth, event: EsEventRow, body: EventBody, schedule: EsScheduleRow, creating: boolean): void {
  const state = req.env.state;
  for (const key of ['tickets', 'addons', 'event_parts', 'members']) if (key in body && body[key] === null) throw crash();
  applyEventFields(state, event, body, creating);
  applyEventSettings(event, body, schedule);
  applyEventVisibility(event, body, schedule, creating);
  applyEventRecurrence(event, body);
  applyEventParts(req, event, body);
  applyEventSchedules(state, auth, event, body, schedule);
  applyEventTickets(req, event, body);
}

const listEvents = (req: Req, auth: EsAuth): EmulatorResponse => {
  const perPage = strictPerPage(req);
  const q = req.query;
  const check = new Check(Object.fromEntries(q.entries()));
  check
    .format('starts_after', isYmd, 'Y-m-d')
    .format('starts_before', isYmd, 'Y-m-d')
    .oneOf('schedule_type', ['single', 'recurring'])
    // Query strings are text: Laravel's boolean rule rejects "true"/"false" there (inferred).
    .custom('tickets_enabled', q.has('tickets_enabled') && !['0', '1'].includes(q.get('tickets_enabled')!) ? 'The tickets enabled field must be true or false.' : null)
    .custom('category_id', q.has('category_id') && !/^\d+$/.test(q.get('category_id')!) ? 'The category id field must be an integer.' : null)
    .done();
  const state = req.env.state;
  const subdomain = q.get('subdomain');
  const after = q.get('starts_after');
  const before = q.get('starts_before');
  const venueId = q.get('venue_id');
  const category = q.has('category_id') ? Number(q.get('category_id')) : null;
  const name = q.get('name')?.toLowerCase() ?? null;
  const type = q.get('schedule_type');
  const tickets = q.has('tickets_enabled') ? q.get('tickets_enabled') === '1' : null;
  const rsvp = q.has('rsvp_enabled') ? ['1', 'true', 'on', 'yes'].includes(q.get('rsvp_enabled')!) : null;
  const groupId = q.get('group_id');
  const rows: EsEventRow[] = [];
  const items = state.eventsByStart.items;
  // Newest starts_at first ("Paging").
  for (let i = items.length - 1; i >= 0; i--) {
    const e = items[i]!;
    if (!canManageEvent(state, e, auth.user.id) || !eventIsPro(state, e)) continue;
    if (subdomain !== null && !e.schedules.includes(subdomain)) continue;
    if (after !== null && e.starts_at < `${after} 00:00:00`) continue;
    if (before !== null && e.starts_at > `${before} 23:59:59`) continue;
    if (venueId !== null && !e.schedules.some((s) => liveSchedule(state, s)?.wire.id === venueId && liveSchedule(state, s)?.wire.type === 'venue')) continue;
    if (category !== null && e.category_id !== category) continue;
    if (name !== null && !e.name.toLowerCase().includes(name)) continue;
    if (type !== null && e.schedule_type !== type) continue;
    if (tickets !== null && e.tickets_enabled !== tickets) continue;
    if (rsvp !== null && e.rsvp_enabled !== rsvp) continue;
    if (groupId !== null && !Object.values(e.groups).includes(groupId)) continue;
    rows.push(e);
  }
  return paged(req, rows, perPage, (e) => eventJson(state, e));
};

/**
 * "Rate limits" (enforced when asked: `rateLimits: true` or `s.rateLimits()`): Laravel's `throttle:30,1` on `POST /events/{subdomain}`, per user
 * and path, a fixed one-minute window. Its 429 is Laravel's `{ message }` with `Retry-After` and the
 * `X-RateLimit-*` headers; a counted request carries `X-RateLimit-Limit` / `-Remaining`.
 */
function createEventThrottle(req: Req, auth: EsAuth): Record<string, string> {
  const rate = req.env.state.rate;
  if (!req.env.rateLimits.enforced) return {};
  const now = req.env.now();
  const key = `${auth.user.id}|${req.path}`;
  let bucket = rate.createEvent.get(key);
  if (!bucket || bucket.expiresAt <= now) {
    bucket = { count: 0, expiresAt: now + ES_CREATE_EVENT_WINDOW_MS };
    rate.createEvent.set(key, bucket);
  }
  const limit = String(ES_CREATE_EVENT_LIMIT);
  if (bucket.count >= ES_CREATE_EVENT_LIMIT) {
    const wait = Math.max(1, Math.ceil((bucket.expiresAt - now) / 1000));
    throw new EmulatorHttpError(429, ES_TEXT.tooManyAttempts, {
      framework: true,
      headers: {
        'retry-after': String(wait),
        'x-ratelimit-limit': limit,
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(bucket.expiresAt / 1000)),
      },
    });
  }
  bucket.count += 1;
  return { 'x-ratelimit-limit': limit, 'x-ratelimit-remaining': String(ES_CREATE_EVENT_LIMIT - bucket.count) };
}

const createEvent = (req: Req, auth: EsAuth): EmulatorResponse => {
  const throttle = createEventThrottle(req, auth);
  // "Responses and errors": unknown schedule → 404; a schedule the caller does not own or administer → 403 Unauthorized
  // (unlike the schedule routes, which answer 404); then the Pro gate.
  const schedule = liveSchedule(req.env.state, req.params.subdomain!);
  if (!schedule) throw fail(404, ES_TEXT.scheduleNotFound);
  if (schedule.ownerId !== auth.user.id) throw fail(403, ES_TEXT.unauthorized);
  if (!isPro(schedule)) throw proGate();
  const body = bodyOf(req);
  checkEventBody(body, true);
  const at = req.env.stamp();
  const event: EsEventRow = {
    id: esId('event', req.env.ids.next('event')),
    name: '',
    short_description: null,
    description: null,
    starts_at: body.starts_at as string,
    duration: null,
    category_id: null,
    is_private: false,
    is_draft: false,
    is_internal: false,
    event_password: null,
    event_url: null,
    registration_url: null,
    flyer_image_url: null,
    schedule_type: 'single',
    recurring_frequency: null,
    recurring_interval: null,
    days_of_week: null,
    recurring_end_type: null,
    recurring_end_value: null,
    rsvp_enabled: false,
    rsvp_limit: null,
    tickets_enabled: false,
    tickets: [],
    event_parts: [],
    ticket_currency_code: ES_DEFAULT_CURRENCY_GUESS,
    payment_method: 'cash',
    payment_instructions: null,
    schedules: [schedule.wire.subdomain],
    groups: {},
    sold: new Map(),
    created_at: at,
    updated_at: at,
  };
  applyEvent(req, auth, event, body, schedule, true);
  insertEvent(req.env.state, event);
  announceEvent(req.env, 'event.created', event);
  const response = json(201, { data: eventJson(req.env.state, event), meta: { message: 'Event created successfully' } });
  return Object.keys(throttle).length === 0 ? response : { ...response, headers: { ...response.headers, ...throttle } };
};

const updateEvent = (req: Req, auth: EsAuth): EmulatorResponse => {
  const event = eventFor(req, auth);
  const body = bodyOf(req);
  checkEventBody(body, false);
  const state = req.env.state;
  // The update runs in the context of the first of the event's schedules the caller manages.
  const schedule = event.schedules.map((s) => liveSchedule(state, s)).find((s) => s !== null && s.ownerId === auth.user.id);
  if (!schedule) throw business('No schedule found for this event that you have access to');
  applyEvent(req, auth, event, body, schedule, false);
  event.updated_at = req.env.stamp();
  announceEvent(req.env, 'event.updated', event);
  return json(200, { data: eventJson(state, event), meta: { message: 'Event updated successfully' } });
};

const deleteEvent = (req: Req, auth: EsAuth): EmulatorResponse => {
  const event = eventFor(req, auth);
  announceEvent(req.env, 'event.deleted', event);
  removeEvent(req.env.state, event);
  req.env.stamp();
  return json(200, { data: { message: 'Event deleted successfully' } });
};

const uploadFlyer = async (req: Req, auth: EsAuth): Promise<EmulatorResponse> => {
  const event = eventFor(req, auth, req.params.eventId!);
  const type = req.headers.get('content-type') ?? '';
  let file: File | null = null;
  if (type.startsWith('multipart/form-data')) {
    try {
      const form = await new Response(req.text, { headers: { 'content-type': type } }).formData();
      const value = form.get('flyer_image');
      file = typeof value === 'object' && value !== null ? (value as File) : null;
    } catch {
      file = null;
    }
  }
  if (file === null) throw invalid({ flyer_image: ['The flyer image field is required.'] });
  if (file.size > ES_FLYER_MAX_BYTES) throw invalid({ flyer_image: ['The flyer image field must not be greater than 10240 kilobytes.'] });
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!extension || !ES_FLYER_EXTENSIONS.includes(extension)) throw business('Invalid file type');
  const at = req.env.stamp();
  event.flyer_image_url = `https://eventschedule.com/storage/flyers/${event.id}-${at}.${extension}`;
  event.updated_at = at;
  return json(200, { data: eventJson(req.env.state, event), meta: { message: 'Flyer uploaded successfully' } });
};

// ---- sales ("Sales (orders) and attendees") ----

const SALE_STATUSES = ['unpaid', 'paid', 'cancelled', 'refunded', 'expired'];

const listSales = (req: Req, auth: EsAuth): EmulatorResponse => {
  const perPage = strictPerPage(req);
  const q = req.query;
  new Check(Object.fromEntries(q.entries()))
    .oneOf('status', SALE_STATUSES)
    .email('email')
    .format('event_date', isYmd, 'Y-m-d')
    .done();
  const state = req.env.state;
  const eventId = q.get('event_id');
  const subdomain = q.get('subdomain');
  const status = q.get('status');
  const email = q.get('email');
  const date = q.get('event_date');
  const rows: EsSaleRow[] = [];
  const items = state.salesByCreated.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const s = items[i]!;
    if (eventId !== null && s.event_id !== eventId) continue;
    if (subdomain !== null && s.subdomain !== subdomain) continue;
    if (status !== null && s.status !== status) continue;
    if (email !== null && s.email !== email) continue;
    if (date !== null && s.event_date !== date) continue;
    const event = state.events.get(s.event_id);
    if (!event || !canManageEvent(state, event, auth.user.id) || !eventIsPro(state, event)) continue;
    rows.push(s);
  }
  return paged(req, rows, perPage, (s) => saleJson(state, s, s.user_id === auth.user.id));
};

function salesWindow(ticket: EsTicketRow, now: number): void {
  if (ticket.sales_start_at !== null && now < ticket.sales_start_at) throw business('Ticket sales have not started');
  if (ticket.sales_end_at !== null && now > ticket.sales_end_at) throw business('Ticket sales have ended');
}

const createSale = (req: Req, auth: EsAuth): EmulatorResponse => {
  const body = bodyOf(req);
  const check = new Check(body).required('event_id').required('name').string('name', 255).required('email').email('email').required('tickets');
  const tickets = body.tickets;
  if (tickets !== undefined && tickets !== null && (typeof tickets !== 'object')) check.custom('tickets', 'The tickets field must be an array.');
  const entries = tickets && typeof tickets === 'object' ? Object.entries(tickets as Record<string, unknown>) : [];
  for (const [key, qty] of entries) {
    if (!(typeof qty === 'number' && Number.isInteger(qty) && qty >= 1)) check.custom(`tickets.${key}`, `The tickets.${key} field must be at least 1.`);
  }
  check.format('event_date', isYmd, 'Y-m-d').done();
  const state = req.env.state;
  const event = state.events.get(body.event_id as string);
  if (!event) throw fail(404, ES_TEXT.eventNotFound);
  if (!canManageEvent(state, event, auth.user.id)) throw fail(403, ES_TEXT.unauthorized);
  if (!event.tickets_enabled || !eventIsPro(state, event)) throw business('Event does not have tickets enabled or is not a Pro account');
  const now = req.env.now();
  const tz = creatorTimezone(state, event);
  let date: string;
  if (event.schedule_type === 'recurring') {
    if (typeof body.event_date !== 'string') throw business('The event_date parameter is required for recurring events');
    date = body.event_date;
    if (date < localYmd(now, tz)) throw business('Cannot sell tickets for events in the past');
  } else {
    const start = parseNaiveUtc(event.starts_at);
    if (start === null) throw business('Event has no start date. Please provide event_date parameter.');
    if (start < now) throw business('Cannot sell tickets for events in the past');
    date = typeof body.event_date === 'string' ? body.event_date : firstOccurrenceDate(state, event)!;
  }
  const live = liveTickets(event);
  const lines: Array<{ ticket: EsTicketRow; quantity: number }> = [];
  for (const [key, qty] of entries) {
    // Each key is tried as an encoded ticket id, then as an exact type name.
    const ticket = live.find((t) => t.id === key) ?? live.find((t) => t.type === key);
    if (!ticket) throw business('Ticket not found');
    salesWindow(ticket, now);
    const line = lines.find((l) => l.ticket === ticket);
    if (line) line.quantity += qty as number;
    else lines.push({ ticket, quantity: qty as number });
  }
  for (const { ticket, quantity } of lines) {
    if (ticket.quantity > 0) {
      const remaining = ticket.quantity - soldOn(event, ticket.id, date);
      if (quantity > remaining) {
        throw business(lines.length > 1 ? `Tickets not available for ticket ${ticket.id}. Remaining: ${Math.max(0, remaining)}` : `Tickets not available. Remaining: ${Math.max(0, remaining)}`);
      }
    }
  }
  for (const { ticket, quantity } of lines) addSold(event, ticket.id, date, quantity);
  const total = lines.reduce((sum, l) => sum + l.ticket.price * l.quantity, 0);
  const at = req.env.stamp();
  const n = req.env.ids.next('sale');
  const sale = insertSale(state, {
    id: esId('sale', n),
    event_id: event.id,
    subdomain: event.schedules[0]!,
    user_id: auth.user.id,
    name: body.name as string,
    email: body.email as string,
    phone: null,
    event_date: date,
    // A zero total is paid at once.
    status: total === 0 ? 'paid' : 'unpaid',
    payment_method: event.payment_method,
    payment_amount: total,
    transaction_reference: null,
    secret: saleSecret(n),
    tickets: lines.map((l) => ({ ticket_id: l.ticket.id, quantity: l.quantity })),
    created_at: at,
    updated_at: at,
    deleted: false,
  });
  announceSale(req.env, 'sale.created', sale);
  return json(201, { data: saleJson(state, sale, true), meta: { message: 'Sale created successfully' } });
};

export function saleSecret(n: number): string {
  return `s${n.toString(36).padStart(15, '0')}`;
}

/** "Sales (orders) and attendees": the API's transitions. */
const TRANSITIONS: Record<string, { from: EsSaleRow['status'][]; to: EsSaleRow['status'] }> = {
  mark_paid: { from: ['unpaid'], to: 'paid' },
  refund: { from: ['paid'], to: 'refunded' },
  cancel: { from: ['unpaid', 'paid'], to: 'cancelled' },
};

/** The webhook each action fires (docs/vendors/event-schedule.md, "Webhooks"). */
const SALE_ANNOUNCEMENTS: Record<string, 'sale.paid' | 'sale.refunded' | 'sale.cancelled'> = {
  mark_paid: 'sale.paid',
  refund: 'sale.refunded',
  cancel: 'sale.cancelled',
};

const updateSale = (req: Req, auth: EsAuth): EmulatorResponse => {
  const body = bodyOf(req);
  new Check(body).required('action').oneOf('action', Object.keys(TRANSITIONS)).done();
  const sale = saleFor(req, auth);
  const action = body.action as string;
  const rule = TRANSITIONS[action]!;
  if (!rule.from.includes(sale.status)) {
    throw business(`Action "${action}" cannot be performed on a sale with status "${sale.status}"`);
  }
  if (rule.to === 'refunded' || rule.to === 'cancelled') releaseSeats(req.env.state, sale);
  sale.status = rule.to;
  if (action === 'mark_paid') sale.transaction_reference = 'Manual payment (API)';
  sale.updated_at = req.env.stamp();
  announceSale(req.env, SALE_ANNOUNCEMENTS[action]!, sale);
  return json(200, { data: saleJson(req.env.state, sale, sale.user_id === auth.user.id), meta: { message: 'Sale updated successfully' } });
};

const deleteSale = (req: Req, auth: EsAuth): EmulatorResponse => {
  const sale = saleFor(req, auth);
  const state = req.env.state;
  if (sale.status === 'unpaid' || sale.status === 'paid') {
    releaseSeats(state, sale);
    sale.status = 'cancelled';
  }
  state.sales.delete(sale.id);
  state.salesByCreated.remove(sale);
  req.env.stamp();
  return json(200, { data: { message: 'Sale deleted successfully' } });
};

// ---- feedback and fan content (read-only) ----

/** The events whose feedback and fan content a user sees: those on a schedule they own (Pro ones for feedback). */
function visibleEvent(state: EsState, auth: EsAuth, eventId: string, needPro: boolean): EsEventRow | null {
  const event = state.events.get(eventId);
  if (!event || !canManageEvent(state, event, auth.user.id)) return null;
  return needPro && !eventIsPro(state, event) ? null : event;
}

/** Guess: `from` / `to` on `GET /feedback` are UTC calendar days of `created_at` (like the events' date filters). */
const FEEDBACK_DAY_BOUNDS_GUESS = { from: (ymd: string) => Date.parse(`${ymd}T00:00:00Z`), to: (ymd: string) => Date.parse(`${ymd}T23:59:59Z`) };

const listFeedback = (req: Req, auth: EsAuth): EmulatorResponse => {
  const perPage = strictPerPage(req);
  const q = req.query;
  const check = new Check(Object.fromEntries(q.entries()))
    .format('event_date', isYmd, 'Y-m-d')
    .format('from', isYmd, 'Y-m-d')
    .format('to', isYmd, 'Y-m-d');
  const minRating = q.get('min_rating');
  if (minRating !== null && !/^[1-5]$/.test(minRating)) check.custom('min_rating', 'The min rating field must be between 1 and 5.');
  check.done();
  const state = req.env.state;
  // Pro-gated: a caller with no Pro schedule at all is refused; otherwise non-Pro rows are left out.
  if (!state.scheduleOrder.some((s) => !s.deleted && s.ownerId === auth.user.id && isPro(s))) throw proGate();
  const eventId = q.get('event_id');
  const subdomain = q.get('subdomain');
  const date = q.get('event_date');
  const from = q.get('from');
  const to = q.get('to');
  const rows = [...state.feedback].reverse().filter((f) => {
    const event = visibleEvent(state, auth, f.event_id, true);
    if (!event) return false;
    if (eventId !== null && f.event_id !== eventId) return false;
    if (subdomain !== null && !event.schedules.includes(subdomain)) return false;
    if (date !== null && f.event_date !== date) return false;
    if (minRating !== null && f.rating < Number(minRating)) return false;
    if (from !== null && f.created_at < FEEDBACK_DAY_BOUNDS_GUESS.from(from)) return false;
    if (to !== null && f.created_at > FEEDBACK_DAY_BOUNDS_GUESS.to(to)) return false;
    return true;
  });
  return paged(req, rows, perPage, (f) => feedbackJson(state, f));
};

const FAN_CONTENT_TYPES = ['comment', 'photo', 'video'] as const;

const listFanContent = (req: Req, auth: EsAuth): EmulatorResponse => {
  const perPage = strictPerPage(req);
  const q = req.query;
  new Check(Object.fromEntries(q.entries())).oneOf('type', FAN_CONTENT_TYPES).format('event_date', isYmd, 'Y-m-d').bool('is_approved').done();
  const state = req.env.state;
  const type = q.get('type');
  const eventId = q.get('event_id');
  const subdomain = q.get('subdomain');
  const date = q.get('event_date');
  // Default: approved items only; `is_approved=0` is the moderation queue.
  const approved = asBool(q.get('is_approved') ?? '1');
  const rows = [...state.fanContent].reverse().filter((c) => {
    const event = visibleEvent(state, auth, c.event_id, false);
    if (!event) return false;
    if (type !== null && c.type !== type) return false;
    if (eventId !== null && c.event_id !== eventId) return false;
    if (subdomain !== null && !event.schedules.includes(subdomain)) return false;
    if (date !== null && c.event_date !== date) return false;
    return c.is_approved === approved;
  });
  return paged(req, rows, perPage, (c) => fanContentJson(state, c));
};

// ---- the table ----

/** `PUT /sales/{id}` → `orders.markPaid` / `orders.refund` / `orders.cancel` by `action` (else `orders.update`). */
const SALE_ACTION_OPS: Record<string, EventScheduleOperation> = { mark_paid: 'orders.markPaid', refund: 'orders.refund', cancel: 'orders.cancel' };
function saleActionOp(request: OpRequest): EventScheduleOperation {
  const action = (request.json as { action?: unknown } | undefined)?.action;
  return (typeof action === 'string' ? SALE_ACTION_OPS[action] : undefined) ?? 'orders.update';
}

/** `PUT /events/{id}` with exactly `{ is_draft: false }` is a publish; anything else an update. */
function eventUpdateOp(request: OpRequest): EventScheduleOperation {
  const body = request.json;
  const keys = body !== null && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : [];
  return keys.length === 1 && (body as { is_draft?: unknown }).is_draft === false ? 'events.publish' : 'events.update';
}

export const eventScheduleRoutes: Route[] = [
  { method: 'POST', path: api('/register/send-code'), op: 'auth.sendCode', auth: false, handler: sendCode },
  { method: 'POST', path: api('/register'), op: 'auth.register', auth: false, handler: register },
  { method: 'POST', path: api('/login'), op: 'auth.login', auth: false, handler: login },

  { method: 'GET', path: api('/schedules'), op: 'schedules.list', handler: listSchedules },
  { method: 'POST', path: api('/schedules'), op: 'schedules.create', handler: createSchedule },
  { method: 'GET', path: api('/schedules/:subdomain'), op: 'schedules.get', handler: (req, auth) => json(200, { data: scheduleJson(scheduleFor(req, auth)) }) },
  { method: 'PUT', path: api('/schedules/:subdomain'), op: 'schedules.update', handler: updateSchedule },
  { method: 'DELETE', path: api('/schedules/:subdomain'), op: 'schedules.delete', handler: deleteSchedule },

  {
    method: 'GET',
    path: api('/schedules/:subdomain/groups'),
    op: 'groups.list',
    handler: (req, auth) => json(200, { data: scheduleFor(req, auth).wire.groups.map((g) => ({ ...g })) }),
  },
  {
    method: 'POST',
    path: api('/schedules/:subdomain/groups'),
    op: 'groups.create',
    handler: (req, auth) => {
      const row = scheduleFor(req, auth);
      const body = bodyOf(req);
      checkGroup(body, true);
      const group = { id: esId('group', req.env.ids.next('group')), name: body.name as string, slug: groupSlug(row, body.name as string), color: (body.color as string | null | undefined) ?? null };
      row.wire.groups.push(group);
      req.env.stamp();
      return json(201, { data: { ...group } });
    },
  },
  {
    method: 'PUT',
    path: api('/schedules/:subdomain/groups/:groupId'),
    op: 'groups.update',
    handler: (req, auth) => {
      const row = scheduleFor(req, auth);
      const group = groupOf(row, req.params.groupId!);
      const body = bodyOf(req);
      checkGroup(body, false);
      if (typeof body.name === 'string') {
        group.name = body.name;
        // Renaming regenerates the slug.
        group.slug = groupSlug(row, body.name, group.id);
      }
      if (body.color !== undefined) group.color = body.color as string | null;
      req.env.stamp();
      return json(200, { data: { ...group } });
    },
  },
  {
    method: 'DELETE',
    path: api('/schedules/:subdomain/groups/:groupId'),
    op: 'groups.delete',
    handler: (req, auth) => {
      const row = scheduleFor(req, auth);
      const group = groupOf(row, req.params.groupId!);
      row.wire.groups = row.wire.groups.filter((g) => g !== group);
      for (const e of req.env.state.events.values()) if (e.groups[row.wire.subdomain] === group.id) delete e.groups[row.wire.subdomain];
      req.env.stamp();
      return json(200, { data: { message: 'Sub-schedule deleted successfully' } });
    },
  },

  { method: 'GET', path: api('/events'), op: 'events.list', handler: listEvents },
  { method: 'POST', path: api('/events/flyer/:eventId'), op: 'events.uploadFlyer', handler: uploadFlyer },
  { method: 'GET', path: api('/events/:id'), op: 'events.get', handler: (req, auth) => json(200, { data: eventJson(req.env.state, eventFor(req, auth)) }) },
  { method: 'POST', path: api('/events/:subdomain'), op: 'events.create', handler: createEvent },
  // `{ is_draft: false }` alone is events.publish; every ticket type write re-sends the list here too (events.update).
  { method: 'PUT', path: api('/events/:id'), op: eventUpdateOp, ops: ['events.publish', 'events.update'], handler: updateEvent },
  { method: 'DELETE', path: api('/events/:id'), op: 'events.delete', handler: deleteEvent },

  { method: 'GET', path: api('/categories'), op: 'categories.list', handler: () => json(200, { data: ES_CATEGORIES.map((c) => ({ ...c })) }) },
  {
    method: 'GET',
    path: api('/categories/:subdomain'),
    op: 'categories.list',
    auth: true,
    handler: (req) => {
      // No ownership or Pro check ("Endpoints"); the default list sorted by name.
      if (!liveSchedule(req.env.state, req.params.subdomain!)) throw fail(404, ES_TEXT.scheduleNotFound);
      return json(200, { data: [...ES_CATEGORIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ ...c })) });
    },
  },

  { method: 'GET', path: api('/sales'), op: 'orders.list', handler: listSales },
  { method: 'POST', path: api('/sales'), op: 'orders.create', handler: createSale },
  {
    method: 'GET',
    path: api('/sales/:id'),
    op: 'orders.get',
    handler: (req, auth) => {
      const sale = saleFor(req, auth);
      // `secret` only for the sale's own user ("Sales (orders) and attendees").
      return json(200, { data: saleJson(req.env.state, sale, sale.user_id === auth.user.id) });
    },
  },
  // markPaid, refund and cancel share this route: the op is named from the body's `action`.
  { method: 'PUT', path: api('/sales/:id'), op: saleActionOp, ops: ['orders.markPaid', 'orders.refund', 'orders.cancel', 'orders.update'], handler: updateSale },
  { method: 'DELETE', path: api('/sales/:id'), op: 'orders.delete', handler: deleteSale },

  { method: 'GET', path: api('/feedback'), op: 'feedback.list', handler: listFeedback },
  { method: 'GET', path: api('/fan-content'), op: 'fanContent.list', handler: listFanContent },
];
