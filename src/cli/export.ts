/**
 * `ticketkit export <events|orders|attendees|ticket-types> --provider <id> [options]`: a vendor's items to NDJSON,
 * CSV or JSON, on the SDK's own paging, retries and cursors (`exportItems` of ticketkit/export). Credentials come
 * from the environment only (`TICKETKIT_<VENDOR>_<FIELD>`). A stop (Ctrl-C, SIGTERM, a rate-limit wait longer than
 * `--max-wait`, a failure after some progress) saves a checkpoint and prints the command that continues it.
 * docs/cli.md is the user's guide.
 */
import { resolve } from 'node:path';
import {
  AuthenticationError,
  ConfigError,
  InvalidCursorError,
  PermissionDeniedError,
  PROVIDER_REGISTRY,
  PROVIDERS,
  RateLimitError,
  UnsupportedCapabilityError,
  ValidationError,
  createClient,
  envVariableOf,
  isProviderId,
  isTicketingError,
  type ClientConfig,
  type ClientOptions,
  type ProviderId,
  type TicketingClient,
} from '../index.js';
import {
  EXPORT_FORMATS,
  EXPORT_RESOURCES,
  checkFields,
  csvColumns,
  exportItems,
  formatterFor,
  parseSince,
  type CsvColumn,
  type ExportFormat,
  type ExportResource,
  type FormulaPolicy,
  type Formatter,
} from '../export/index.js';
import { CHECKPOINT_KIND, loadCheckpoint, removeCheckpoint, saveCheckpoint, type Checkpoint, type ExportRequest } from './checkpoint.js';
import { EXIT, UsageError, didYouMean, type CliIo, type Command, type Values } from './command.js';
import { Progress, countOf, formatDuration } from './progress.js';
import { FileSink, OutputClosed, StreamSink, type Sink } from './sink.js';

const DEFAULT_MAX_WAIT_SECONDS = 60;
const DEFAULT_MAX_RETRIES = 5;
/** The flags `--resume` may be combined with: how to run, never what to export. */
const RESUME_FLAGS = ['resume', 'quiet', 'max-wait', 'max-retries', 'rate-limit', 'base-url', 'checkpoint'];

/** The environment variables of every vendor, one line each: `equaticket      TICKETKIT_EQUATICKET_API_KEY`. */
export function credentialLines(): string[] {
  const width = Math.max(...PROVIDERS.map((p) => p.length)) + 2;
  return PROVIDERS.map((provider) => {
    const { required, optional } = PROVIDER_REGISTRY[provider].credentials;
    const names = [...required.map((key) => envVariableOf(provider, key)), ...optional.map((key) => `[${envVariableOf(provider, key)}]`)];
    return `${provider.padEnd(width)}${names.join(' ')}`;
  });
}

export const exportCommand: Command = {
  name: 'export',
  summary: "Export a vendor's events, orders, attendees or ticket types to NDJSON, CSV or JSON",
  usage: 'ticketkit export <events|orders|attendees|ticket-types> --provider <id> [options]\n       ticketkit export --resume <checkpoint>',
  help: `Options:
  --provider <id>       ${PROVIDERS.join(' | ')} (required)
  --event <id>          only this event's orders, attendees or ticket types (required for ticket-types,
                        and where the vendor lists them only per event)
  --since <ISO>         only orders or attendees updated since (2026-03-01 or 2026-03-01T12:00:00Z),
                        where the vendor can filter by update time
  --format <format>     ndjson (default) | csv | json; without it, taken from --out's extension
  --out <file>          write to this file, atomically (a .partial file renamed when complete);
                        default: standard output
  --limit <n>           stop after n items
  --fields <a,b.c>      only these fields: dotted paths of the normalized model (buyer.email, total)
  --raw                 the vendor's own payloads instead of the normalized model (CSV: with --fields)
  --base-url <url>      the vendor API's base URL (a self-hosted install, ticketkit mock-server)
  --csv-formulas <p>    escape (default): a text cell a spreadsheet would run as a formula (=, +, -, @)
                        gets a leading '; keep: written as it is
  --max-wait <s>        the longest rate-limit wait to sit through, in seconds (default ${DEFAULT_MAX_WAIT_SECONDS});
                        a longer one saves a checkpoint and stops
  --max-retries <n>     retries per request after the first try (default ${DEFAULT_MAX_RETRIES})
  --rate-limit <n|off>  requests a minute to pace to, for an account allowed more than the vendor's documented
                        default (Equaticket: TICKETKIT_EQUATICKET_PLAN instead); off: no pacing
  --checkpoint <file>   where a checkpoint is saved (default: <out>.checkpoint.json, or
                        ticketkit-export-<provider>-<resource>.checkpoint.json here)
  --resume <file>       continue an interrupted export from its checkpoint (nothing lost, nothing twice)
  --quiet               no progress on standard error
  -h, --help            show this help

Credentials come from the environment only ([optional]):
${credentialLines()
  .map((line) => `  ${line}`)
  .join('\n')}

Exit codes: 0 done, 1 failed, 2 wrong command line, 3 credentials missing or refused,
4 not supported by the vendor, 5 interrupted: a checkpoint was saved (resume with --resume).`,
  options: {
    provider: { type: 'string' },
    event: { type: 'string' },
    since: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    limit: { type: 'string' },
    fields: { type: 'string' },
    raw: { type: 'boolean' },
    'base-url': { type: 'string' },
    'csv-formulas': { type: 'string' },
    'max-wait': { type: 'string' },
    'rate-limit': { type: 'string' },
    'max-retries': { type: 'string' },
    checkpoint: { type: 'string' },
    resume: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  required: [],
  positionals: { min: 0, max: 1 },
  run: (values, io, positionals) => runExport(values, io, positionals),
};

/** Everything one run of an export needs: what to export, where it stands, where it writes. */
interface Plan {
  request: ExportRequest;
  position: { cursor: string | null; skip: number };
  written: Checkpoint['written'];
  /** The target file (absolute), or `null` for standard output. */
  out: string | null;
  /** A resumed file export: its partial file and the bytes it holds. */
  partial: { path: string; bytes: number } | null;
  /** A resumed standard-output export: the bytes earlier runs wrote. */
  stdoutBytes: number;
  checkpointPath: string;
  /** The checkpoint a resumed export came from (removed once it completes). */
  resumedFrom: string | null;
  resuming: boolean;
  maxWaitMs: number;
  maxRetries: number;
  /** `--rate-limit`: the pace (`undefined`: the vendor's documented default). */
  rateLimit: { perMinute: number } | false | undefined;
  quiet: boolean;
}

function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function usage(message: string): UsageError {
  return new UsageError(message, exportCommand);
}

function integerFlag(name: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw usage(`--${name} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`} (got ${JSON.stringify(value)})`);
  return n;
}

function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`unknown ${name} ${JSON.stringify(value)}${didYouMean(value, allowed)}; expected one of ${allowed.join(', ')}`);
}

function baseUrlFlag(value: string | undefined): string | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usage(`--base-url must be an http(s) URL (got ${JSON.stringify(value)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usage(`--base-url must be an http(s) URL (got ${JSON.stringify(value)})`);
  return value;
}

function runFlags(values: Values): Pick<Plan, 'maxWaitMs' | 'maxRetries' | 'rateLimit' | 'quiet'> {
  const wait = text(values, 'max-wait');
  if (wait !== undefined && !(/^\d+(\.\d+)?$/.test(wait) && Number.isFinite(Number(wait)))) throw usage(`--max-wait must be a number of seconds (got ${JSON.stringify(wait)})`);
  return {
    maxWaitMs: (wait === undefined ? DEFAULT_MAX_WAIT_SECONDS : Number(wait)) * 1000,
    maxRetries: integerFlag('max-retries', text(values, 'max-retries'), 0, 100) ?? DEFAULT_MAX_RETRIES,
    rateLimit: rateLimitFlag(text(values, 'rate-limit')),
    quiet: values.quiet === true,
  };
}

/** `--rate-limit`: a positive number of requests a minute, or `off`. */
export function rateLimitFlag(value: string | undefined): Plan['rateLimit'] {
  if (value === undefined) return undefined;
  if (value === 'off') return false;
  const perMinute = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(perMinute > 0)) throw usage(`--rate-limit must be a number of requests a minute or off (got ${JSON.stringify(value)})`);
  return { perMinute };
}

function formatOf(values: Values, out: string | undefined): ExportFormat {
  const given = text(values, 'format');
  if (given !== undefined) return choice('format', given, EXPORT_FORMATS);
  const extension = out === undefined ? '' : (/\.([a-z0-9]+)$/i.exec(out)?.[1] ?? '').toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'json') return 'json';
  return 'ndjson';
}

/** The library's check of an option, as a usage error naming the flag. */
function asUsage<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ValidationError) throw usage(`${flag}: ${error.fields[0]?.message ?? error.message}`);
    throw error;
  }
}

function freshPlan(values: Values, positionals: string[], cwd: string): Plan {
  const resourceName = positionals[0];
  if (resourceName === undefined) throw usage(`missing what to export: ${EXPORT_RESOURCES.join(' | ')}`);
  const resource = choice<ExportResource>('resource', resourceName, EXPORT_RESOURCES);
  const providerName = text(values, 'provider');
  if (providerName === undefined) throw usage('missing --provider');
  if (!isProviderId(providerName)) throw usage(`unknown provider ${JSON.stringify(providerName)}${didYouMean(providerName, PROVIDERS)}; expected one of ${PROVIDERS.join(', ')}`);
  const provider: ProviderId = providerName;
  const eventId = text(values, 'event');
  if (eventId !== undefined && eventId.trim() === '') throw usage('--event needs an event id');
  if (resource === 'events' && eventId !== undefined) throw usage('--event filters orders, attendees and ticket-types; events are exported all at once');
  if (resource === 'ticket-types' && eventId === undefined) throw usage('ticket-types are listed per event: pass --event <id>');
  const sinceText = text(values, 'since');
  if (sinceText !== undefined && (resource === 'events' || resource === 'ticket-types')) throw usage(`--since filters orders and attendees; ${resource} cannot be filtered by update time`);
  const since = sinceText === undefined ? null : asUsage('--since', () => parseSince(provider, sinceText));
  const outText = text(values, 'out');
  if (outText === '') throw usage('--out needs a file name');
  const format = formatOf(values, outText);
  const raw = values.raw === true;
  const fieldsText = text(values, 'fields');
  const fields =
    fieldsText === undefined
      ? null
      : asUsage('--fields', () =>
          checkFields(
            provider,
            resource,
            fieldsText.split(',').map((f) => f.trim()).filter((f) => f !== ''),
            raw,
          ),
        );
  if (format === 'csv' && raw && fields === null) throw usage('--format csv with --raw needs --fields: vendor payloads have no fixed columns');
  const formulas = choice<FormulaPolicy>('--csv-formulas policy', text(values, 'csv-formulas') ?? 'escape', ['escape', 'keep']);
  const out = outText === undefined ? null : resolve(cwd, outText);
  const checkpointText = text(values, 'checkpoint');
  return {
    request: {
      provider,
      resource,
      eventId: eventId ?? null,
      since,
      format,
      fields,
      raw,
      limit: integerFlag('limit', text(values, 'limit'), 1) ?? null,
      baseUrl: baseUrlFlag(text(values, 'base-url')),
      csvFormulas: formulas,
    },
    position: { cursor: null, skip: 0 },
    written: { rows: 0, pages: 0, started: false, columns: null },
    out,
    partial: null,
    stdoutBytes: 0,
    checkpointPath: resolve(cwd, checkpointText ?? (out !== null ? `${out}.checkpoint.json` : `ticketkit-export-${provider}-${resource}.checkpoint.json`)),
    resumedFrom: null,
    resuming: false,
    ...runFlags(values),
  };
}

async function resumePlan(values: Values, positionals: string[], cwd: string): Promise<Plan> {
  if (positionals.length > 0) throw usage(`--resume continues the export its checkpoint describes; drop ${JSON.stringify(positionals[0])}`);
  const extra = Object.keys(values).filter((name) => values[name] !== undefined && !RESUME_FLAGS.includes(name));
  if (extra.length > 0) {
    throw usage(`--resume continues the export as it was started; ${extra.map((e) => `--${e}`).join(', ')} cannot be changed (only ${RESUME_FLAGS.slice(1).map((f) => `--${f}`).join(', ')} can be given with it)`);
  }
  const path = resolve(cwd, text(values, 'resume')!);
  const checkpoint = await loadCheckpoint(path);
  const baseUrl = baseUrlFlag(text(values, 'base-url'));
  const { output } = checkpoint;
  return {
    request: { ...checkpoint.request, baseUrl: baseUrl ?? checkpoint.request.baseUrl },
    position: checkpoint.position,
    written: checkpoint.written,
    out: output.to === 'file' ? output.path : null,
    partial: output.to === 'file' ? { path: output.partial, bytes: output.bytes } : null,
    stdoutBytes: output.to === 'stdout' ? output.bytes : 0,
    checkpointPath: text(values, 'checkpoint') === undefined ? path : resolve(cwd, text(values, 'checkpoint')!),
    resumedFrom: path,
    resuming: true,
    ...runFlags(values),
  };
}

/** The failure of a run, as the exit code and the message that explains it. */
class ExportFailure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** The client config from the environment; a missing variable is an `ExportFailure` naming it. */
function configFromEnv(provider: ProviderId, env: Readonly<Record<string, string | undefined>>, eventId: string | null): Record<string, string> {
  const { name, credentials } = PROVIDER_REGISTRY[provider];
  const config: Record<string, string> = {};
  const missing: string[] = [];
  const read = (key: string) => {
    const value = env[envVariableOf(provider, key)];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  for (const key of credentials.required) {
    const value = read(key) ?? (key === 'eventId' && eventId !== null ? eventId : undefined);
    if (value === undefined) missing.push(envVariableOf(provider, key));
    else config[key] = value;
  }
  for (const key of credentials.optional) {
    const value = read(key);
    if (value !== undefined) config[key] = value;
  }
  if (missing.length > 0) {
    throw new ExportFailure(
      `missing credentials for ${name}: set ${missing.join(' and ')} (ticketkit reads credentials from the environment only, never from flags)`,
      EXIT.credentials,
    );
  }
  return config;
}

function variablesOf(provider: ProviderId): string {
  const { required, optional } = PROVIDER_REGISTRY[provider].credentials;
  return [...required, ...optional].map((key) => envVariableOf(provider, key)).join(', ');
}

/** What a vendor can export, for a message about what it cannot. */
function exportable(client: TicketingClient): string {
  const caps = client.capabilities;
  const can = EXPORT_RESOURCES.filter((resource) => {
    if (resource === 'orders' || resource === 'attendees') return caps[resource].list !== false;
    if (resource === 'ticket-types') return caps.ticketTypes.list;
    return caps.events.list;
  });
  return can.join(', ');
}

/** Checks, before any request, what the vendor can do, in the command line's words. */
function checkCapabilities(client: TicketingClient, request: ExportRequest): void {
  const name = PROVIDER_REGISTRY[request.provider].name;
  const { resource } = request;
  if (resource !== 'orders' && resource !== 'attendees') return;
  const capability = client.capabilities[resource];
  if (capability.list === false) {
    throw new ExportFailure(`${name} has no ${resource} to export (it can export: ${exportable(client)})`, EXIT.unsupported);
  }
  if (request.since !== null && !capability.updatedSince) {
    throw new ExportFailure(`${name} cannot filter ${resource} by update time: drop --since`, EXIT.unsupported);
  }
}

/** `'it''s'`-style quoting for a path shown in a command, when it needs any. */
function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

function nounOf(resource: ExportResource): string {
  return resource === 'ticket-types' ? 'ticket types' : resource;
}

async function runExport(values: Values, io: CliIo, positionals: string[]): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const plan = values.resume !== undefined ? await resumePlan(values, positionals, cwd) : freshPlan(values, positionals, cwd);
  try {
    return await execute(plan, io);
  } catch (error) {
    if (error instanceof ExportFailure) {
      io.stderr(`ticketkit export: ${error.message}`);
      return error.code;
    }
    throw error;
  }
}

async function execute(plan: Plan, io: CliIo): Promise<number> {
  const { request } = plan;
  const vendor = PROVIDER_REGISTRY[request.provider].name;
  const remaining = request.limit === null ? null : Math.max(0, request.limit - plan.written.rows);
  // Made once the export starts; the client's hooks report retries and waits to it.
  const progressRef: { current: Progress | null } = { current: null };
  const client = exportClient(plan, io, progressRef);
  checkCapabilities(client, request);

  const controller = new AbortController();
  let stoppedBy: string | null = null;
  void io.stopped().then((signal) => {
    stoppedBy = signal;
    controller.abort(new Error(`received ${signal}`));
  });
  let outputClosed = false;
  const run = startRun(client, plan, remaining, controller.signal);
  const sink = await openSink(plan, io, () => {
    outputClosed = true;
    controller.abort(new Error('standard output was closed'));
  });
  const reporter = new Progress({
    noun: nounOf(request.resource),
    vendor,
    quiet: plan.quiet,
    terminal: io.terminal ?? null,
    line: (line) => io.stderr(line),
    now: io.now ?? (() => performance.now()),
    total: remaining,
  });
  progressRef.current = reporter;

  const written = { ...plan.written };
  let position = plan.position;
  let formatter: Formatter | null = written.started ? makeFormatter(request, written.columns) : null;
  const open = async (sample: readonly unknown[]) => {
    written.columns = request.format === 'csv' ? csvColumns(request.resource, { fields: request.fields, raw: request.raw, sample }) : null;
    formatter = makeFormatter(request, written.columns);
    await sink.write(formatter.start());
    written.started = true;
  };

  let done = remaining === 0;
  try {
    if (!done) {
      for await (const page of run.pages()) {
        // The CSV columns are fixed by the first rows (a vendor's extra fields): wait for a page that has some.
        if (!written.started && page.rows.length > 0) await open(page.rows);
        if (page.rows.length > 0) await sink.write(formatter!.rows(page.rows, written.rows));
        written.rows += page.rows.length;
        written.pages += 1;
        position = { cursor: page.after.cursor, skip: page.after.skip };
        if (page.total !== null) reporter.expect(page.total - plan.written.rows);
        reporter.page(page.rows.length);
        done = page.after.done;
        if (controller.signal.aborted) break;
      }
    }
    if (outputClosed) return closedQuietly(reporter, sink);
    // A stop that came after the last page changes nothing: the export is finished.
    if (controller.signal.aborted && !done) throw controller.signal.reason;
    if (!written.started) await open([]);
    await sink.write(formatter!.end(written.rows));
    await sink.finish();
  } catch (error) {
    reporter.stop();
    if (outputClosed || error instanceof OutputClosed) return closedQuietly(reporter, sink);
    return stopAfterError({ plan, io, sink, error, stoppedBy, written, position, vendor });
  }
  // A resumed export is complete: its checkpoint (and one saved elsewhere with --checkpoint) is spent.
  if (plan.resumedFrom !== null) await Promise.all([removeCheckpoint(plan.resumedFrom), removeCheckpoint(plan.checkpointPath)]);
  reporter.done(plan.out ?? 'standard output', written.rows);
  return EXIT.ok;
}

/** The client an export reads with: credentials from the environment, retries and waits reported to the progress line. */
function exportClient(plan: Plan, io: CliIo, progress: { current: Progress | null }): TicketingClient {
  const { request } = plan;
  const { provider } = request;
  const config = configFromEnv(provider, io.env ?? process.env, request.eventId);
  const options: ClientOptions = {
    ...(request.baseUrl !== null ? { baseUrl: request.baseUrl } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
    maxRetries: plan.maxRetries,
    maxRetryAfterMs: plan.maxWaitMs,
    ...(plan.rateLimit !== undefined ? { rateLimit: plan.rateLimit } : {}),
    hooks: {
      onRequest: () => progress.current?.request(),
      onRetry: ({ attempt, delayMs, error }) =>
        progress.current?.retry({ attempt, delayMs, rateLimited: error.code === 'rate_limited', reason: error.status !== null ? `HTTP ${error.status}` : error.code }),
    },
  };
  try {
    return createClient({ provider, ...config, ...options } as ClientConfig);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ExportFailure(`${error.message} (${PROVIDER_REGISTRY[provider].name}'s settings come from ${variablesOf(provider)})`, EXIT.credentials);
    }
    throw error;
  }
}

/** The library export over the client, from the plan's position; a refused request is a usage or unsupported exit. */
function startRun(client: TicketingClient, plan: Plan, remaining: number | null, signal: AbortSignal): ReturnType<typeof exportItems> {
  const { request } = plan;
  try {
    return exportItems(client, {
      resource: request.resource,
      ...(request.eventId !== null ? { eventId: request.eventId } : {}),
      ...(request.since !== null ? { since: request.since } : {}),
      ...(remaining !== null ? { limit: Math.max(1, remaining) } : {}),
      ...(request.fields !== null ? { fields: request.fields } : {}),
      raw: request.raw,
      cursor: plan.position.cursor,
      skip: plan.position.skip,
      signal,
    });
  } catch (error) {
    if (error instanceof UnsupportedCapabilityError) throw new ExportFailure(error.message, EXIT.unsupported);
    if (error instanceof ValidationError) throw new ExportFailure(error.message, EXIT.usage);
    throw error;
  }
}

/** Standard output (the export stops when its reader goes away), a new file, or the partial file a resume continues. */
async function openSink(plan: Plan, io: CliIo, onClosed: () => void): Promise<Sink> {
  try {
    if (plan.out === null) return new StreamSink(io.output ?? process.stdout, onClosed);
    if (plan.partial !== null) return await FileSink.resume(plan.out, plan.partial.path, plan.partial.bytes);
    return await FileSink.create(plan.out);
  } catch (error) {
    throw new ExportFailure(error instanceof Error ? error.message : String(error), EXIT.failed);
  }
}

interface Stop {
  plan: Plan;
  io: CliIo;
  sink: Sink;
  error: unknown;
  stoppedBy: string | null;
  written: Plan['written'];
  position: Plan['position'];
  vendor: string;
}

/**
 * After a stop or an error: a checkpoint when there is something to continue from (a signal, a rate-limit wait too
 * long to take, or progress with a cursor the vendor still accepts), else a plain failure.
 */
async function stopAfterError({ plan, io, sink, error, stoppedBy, written, position, vendor }: Stop): Promise<number> {
  const progressMade = plan.resuming || written.pages > plan.written.pages;
  const rateLimited = error instanceof RateLimitError;
  // A cursor the vendor or the SDK refuses cannot be resumed from: saving it again would only loop.
  const resumable = !(error instanceof InvalidCursorError);
  if (stoppedBy !== null || rateLimited || (progressMade && resumable)) {
    const reason =
      stoppedBy !== null
        ? `interrupted by ${stoppedBy}`
        : error instanceof RateLimitError && error.retryAfterMs !== null && error.retryAfterMs > plan.maxWaitMs
          ? `${vendor} asked to wait ${formatDuration(error.retryAfterMs)}, longer than --max-wait ${formatDuration(plan.maxWaitMs)}`
          : `stopped by an error: ${describe(error)}`;
    return checkpointAndExit(plan, io, sink, reason, written, position, error, rateLimited);
  }
  // A resumed export keeps its partial file: the checkpoint it came from still points at it.
  if (plan.resuming) await sink.keep();
  else await sink.discard();
  return failure(plan, io, error);
}

function makeFormatter(request: ExportRequest, columns: CsvColumn[] | null): Formatter {
  return formatterFor(request.format, { columns: columns ?? undefined, formulas: request.csvFormulas });
}

async function closedQuietly(progress: Progress, sink: Sink): Promise<number> {
  progress.stop();
  await sink.keep();
  return EXIT.ok;
}

function describe(error: unknown): string {
  if (isTicketingError(error)) return `${error.message}${error.status !== null && !error.message.includes(String(error.status)) ? ` (HTTP ${error.status})` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

/** A failure with nothing to resume: the exit code says which kind. */
function failure(plan: Plan, io: CliIo, error: unknown): number {
  const { provider } = plan.request;
  const vendor = PROVIDER_REGISTRY[provider].name;
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    io.stderr(`ticketkit export: ${vendor} refused the credentials: ${describe(error)} (they come from ${variablesOf(provider)})`);
    return EXIT.credentials;
  }
  if (error instanceof UnsupportedCapabilityError) {
    const scoped = (plan.request.resource === 'orders' || plan.request.resource === 'attendees') && plan.request.eventId === null;
    io.stderr(`ticketkit export: ${error.message}${scoped && /event/i.test(error.message) ? ' (pass --event <id>)' : ''}`);
    return EXIT.unsupported;
  }
  if (error instanceof ValidationError) {
    io.stderr(`ticketkit export: ${describe(error)}`);
    return EXIT.usage;
  }
  io.stderr(`ticketkit export: ${describe(error)}`);
  return EXIT.failed;
}

async function checkpointAndExit(
  plan: Plan,
  io: CliIo,
  sink: Sink,
  reason: string,
  written: Checkpoint['written'],
  position: Checkpoint['position'],
  error: unknown,
  rateLimited: boolean,
): Promise<number> {
  await sink.keep();
  const checkpoint: Checkpoint = {
    kind: CHECKPOINT_KIND,
    version: 1,
    savedAt: new Date().toISOString(),
    reason,
    request: plan.request,
    position,
    written,
    output:
      plan.out !== null && sink instanceof FileSink
        ? { to: 'file', path: plan.out, partial: sink.partial, bytes: sink.bytes }
        : { to: 'stdout', bytes: plan.stdoutBytes + sink.bytes },
  };
  try {
    await saveCheckpoint(plan.checkpointPath, checkpoint);
  } catch (saveError) {
    io.stderr(`ticketkit export: ${reason}; the checkpoint could not be saved to ${plan.checkpointPath}: ${(saveError as Error).message}`);
    return EXIT.failed;
  }
  const noun = nounOf(plan.request.resource);
  const lines = [`ticketkit export: ${reason}, after ${countOf(written.rows, noun)} (${countOf(written.pages, 'pages')}).`];
  if (rateLimited && error instanceof RateLimitError && error.retryAfterMs !== null) {
    lines.push(`${PROVIDER_REGISTRY[plan.request.provider].name} can be asked again after ${new Date(Date.now() + error.retryAfterMs).toISOString().replace(/\.\d+Z$/, 'Z')}.`);
  }
  const command = `ticketkit export --resume ${shellQuote(plan.checkpointPath)}`;
  if (checkpoint.output.to === 'file') {
    lines.push(`Saved: ${checkpoint.output.partial} holds what was written; ${plan.checkpointPath} says where to continue.`);
    lines.push('Continue with:', `  ${command}`);
  } else {
    lines.push(`Saved: ${plan.checkpointPath} says where to continue.`);
    const target = io.outputPath ?? null;
    lines.push(
      target !== null
        ? `Continue with (appending to ${target}):`
        : 'Continue with (appending its output to what this run wrote):',
      `  ${command} >> ${target !== null ? shellQuote(target) : '<the same file>'}`,
    );
  }
  io.stderr(lines.join('\n'));
  return EXIT.resumable;
}

