/**
 * Export progress on standard error: on a terminal one live line redrawn in place (rows, pages, rows/s, retries and
 * rate-limit waits with a countdown, ETA when the total is known); otherwise plain lines, one every `intervalMs`, one
 * per retry, and a summary. Nothing at all with `--quiet`. No library: a carriage return and an erase-line escape
 * are the whole of the terminal handling.
 */

export interface ProgressOptions {
  /** What is exported (`orders`). */
  noun: string;
  /** The vendor's name, for retry lines. */
  vendor: string;
  quiet: boolean;
  /** Set when standard error is a terminal. */
  terminal: { write(text: string): void; columns: number } | null;
  /** Writes one line to standard error. */
  line(text: string): void;
  now(): number;
  /** The rows expected (from `--limit`), for the ETA; `null` when unknown (`expect` may tell it later). */
  total: number | null;
  /** Plain mode: the least time between two progress lines (default 10 s). */
  intervalMs?: number;
}

export interface RetryReport {
  delayMs: number;
  rateLimited: boolean;
  /** What failed (`HTTP 503`, `network`). */
  reason: string;
  /** The attempt that failed (1 = the first try). */
  attempt: number;
}

const REDRAW_MS = 100;

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `1 order`, `1,200 orders`, `1 ticket type` (`noun` is the plural). */
export function countOf(n: number, noun: string): string {
  return `${formatCount(n)} ${n === 1 ? noun.replace(/s$/, '') : noun}`;
}

/** `850 ms`, `12 s`, `4:05`, `1:02:03`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export class Progress {
  rows = 0;
  pages = 0;
  retries = 0;
  rateLimitWaits = 0;
  waitedMs = 0;
  private readonly started: number;
  private lastLineAt: number;
  private lastDrawAt = Number.NEGATIVE_INFINITY;
  private waitingUntil: number | null = null;
  private drawn = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** The rows this run expects, for the ETA: `--limit`, lowered to what the vendor says the listing holds. */
  private expected: number | null;

  constructor(private readonly options: ProgressOptions) {
    this.expected = options.total;
    this.started = options.now();
    this.lastLineAt = this.started;
    if (!options.quiet && options.terminal) {
      this.timer = setInterval(() => this.draw(true), 1000);
      this.timer.unref?.();
    }
  }

  /** A page of `rows` was written. */
  page(rows: number): void {
    this.rows += rows;
    this.pages += 1;
    this.waitingUntil = null;
    if (this.options.quiet) return;
    if (this.options.terminal) return this.draw(false);
    const now = this.options.now();
    if (now - this.lastLineAt >= (this.options.intervalMs ?? 10_000)) {
      this.lastLineAt = now;
      this.options.line(`ticketkit export: ${this.status(now, ', ')}`);
    }
  }

  /** The client is about to wait `delayMs` and try again. */
  retry(report: RetryReport): void {
    this.retries += 1;
    if (report.rateLimited) {
      this.rateLimitWaits += 1;
      this.waitedMs += report.delayMs;
    }
    const now = this.options.now();
    this.waitingUntil = now + report.delayMs;
    if (this.options.quiet) return;
    if (this.options.terminal) return this.draw(true);
    const why = report.rateLimited ? `rate limited by ${this.options.vendor}` : `${report.reason} from ${this.options.vendor}`;
    this.options.line(`ticketkit export: ${why}: waiting ${formatDuration(report.delayMs)} before retry ${report.attempt}`);
  }

  /**
   * The vendor says how many rows remain for this run (its count of the listing, less what earlier runs wrote): the
   * ETA uses the smaller of that and `--limit`.
   */
  expect(rows: number): void {
    const remaining = Math.max(0, rows);
    this.expected = this.options.total === null ? remaining : Math.min(this.options.total, remaining);
  }

  /** A request is being sent (a wait, if any, is over). */
  request(): void {
    if (this.waitingUntil === null) return;
    this.waitingUntil = null;
    this.draw(true);
  }

  /** The status text: `orders: 1,200, 12 pages, 850 orders/s, 1 retry, 1 rate-limit wait (12 s), ETA 0:42`. */
  status(now = this.options.now(), separator = ' · '): string {
    const { noun } = this.options;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.rows / seconds : 0;
    const parts = [`${noun}: ${formatCount(this.rows)}`, countOf(this.pages, 'pages'), `${formatCount(rate)} ${noun}/s`];
    if (this.retries > 0) parts.push(this.retryCount());
    if (this.rateLimitWaits > 0) parts.push(this.waitCount());
    if (this.waitingUntil !== null && this.waitingUntil > now) parts.push(`waiting ${formatDuration(this.waitingUntil - now)}`);
    else if (this.expected !== null && rate > 0 && this.rows < this.expected) parts.push(`ETA ${formatDuration(((this.expected - this.rows) / rate) * 1000)}`);
    return parts.join(separator);
  }

  private retryCount(): string {
    return `${formatCount(this.retries)} ${this.retries === 1 ? 'retry' : 'retries'}`;
  }

  private waitCount(): string {
    return `${countOf(this.rateLimitWaits, 'rate-limit waits')} (${formatDuration(this.waitedMs)})`;
  }

  private draw(force: boolean): void {
    const terminal = this.options.terminal;
    if (this.options.quiet || !terminal) return;
    const now = this.options.now();
    if (!force && now - this.lastDrawAt < REDRAW_MS) return;
    this.lastDrawAt = now;
    const text = this.status(now);
    const width = Math.max(20, terminal.columns - 1);
    terminal.write(`\r${text.length > width ? `${text.slice(0, width - 1)}…` : text}\x1b[K`);
    this.drawn = true;
  }

  /** Ends the live line (so that what follows starts on its own line) and stops the redraw timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.drawn && this.options.terminal) {
      this.draw(true);
      this.options.terminal.write('\n');
      this.drawn = false;
    }
  }

  /**
   * The closing line: `done: 1,200 orders, 12 pages in 3 s → orders.csv`; `allRows`, when more than this run's (a
   * resumed export), is added: `(2,400 in all)`.
   */
  done(destination: string, allRows = this.rows): void {
    this.stop();
    if (this.options.quiet) return;
    const elapsed = this.options.now() - this.started;
    const extra = [this.retries > 0 ? this.retryCount() : null, this.rateLimitWaits > 0 ? this.waitCount() : null].filter((part) => part !== null);
    this.options.line(
      `ticketkit export: done: ${countOf(this.rows, this.options.noun)}, ${countOf(this.pages, 'pages')} in ${formatDuration(elapsed)}${extra.length ? ` (${extra.join(', ')})` : ''}${allRows > this.rows ? ` (${formatCount(allRows)} in all)` : ''} → ${destination}`,
    );
  }
}
