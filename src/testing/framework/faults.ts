/** Fault injection as data: `once`, `times`, `always`, `clear`, by operation name or predicate. */
import { ConfigError, type ProviderId } from '../../core/errors.js';
import { assertKnownKeys, closestKey } from '../../core/strict.js';
import type { CallRecord, Fault, FaultController, FaultTarget } from './types.js';

interface Armed {
  target: FaultTarget;
  fault: Fault;
  /** Remaining uses; `Infinity` for `always`. */
  remaining: number;
}

/** The keys each fault kind takes: a mistyped key would otherwise leave a fault that tests nothing. */
const FAULT_KEYS: Record<Fault['kind'], readonly string[]> = {
  rate_limited: ['kind', 'retryAfterSeconds'],
  http: ['kind', 'status', 'body', 'headers'],
  network: ['kind', 'phase'],
  timeout: ['kind'],
  latency: ['kind', 'ms'],
};
const NETWORK_PHASES = ['connect', 'request', 'response'];

/**
 * Faults of one emulator. A target that names no operation of this vendor (`'orders.lst'`, or an operation the
 * vendor does not have) and a malformed fault are `ConfigError`s when armed: a fault that can never fire would
 * let a test pass without testing anything.
 */
export class Faults<Op extends string = string> implements FaultController<Op> {
  private armed: Armed[] = [];

  constructor(
    private readonly provider: ProviderId | null = null,
    /** The operation names this vendor's routes serve (`null`: any name is accepted). */
    private readonly operations: ReadonlySet<string> | null = null,
  ) {}

  once(target: FaultTarget<Op>, fault: Fault): void {
    this.times(1, target, fault);
  }

  times(n: number, target: FaultTarget<Op>, fault: Fault): void {
    if (!Number.isInteger(n) || n < 1) throw this.error(`faults.times needs a positive integer count (got ${JSON.stringify(n)}).`);
    this.check(target, fault);
    this.armed.push({ target: target as FaultTarget, fault: { ...fault }, remaining: n });
  }

  always(target: FaultTarget<Op>, fault: Fault): void {
    this.check(target, fault);
    this.armed.push({ target: target as FaultTarget, fault: { ...fault }, remaining: Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.armed = [];
  }

  /** The first armed fault matching the call (consumed by one use), or `null`. */
  take(call: CallRecord): Fault | null {
    for (let i = 0; i < this.armed.length; i++) {
      const armed = this.armed[i]!;
      const hit = typeof armed.target === 'string' ? armed.target === call.op : safePredicate(armed.target, call);
      if (!hit) continue;
      armed.remaining -= 1;
      if (armed.remaining <= 0) this.armed.splice(i, 1);
      return armed.fault;
    }
    return null;
  }

  private error(message: string): ConfigError {
    return new ConfigError({ provider: this.provider, message });
  }

  private check(target: unknown, fault: unknown): void {
    if (typeof target !== 'string' && typeof target !== 'function') {
      throw this.error('A fault target is an operation name (e.g. "orders.list") or a predicate over the call record.');
    }
    if (typeof target === 'string' && this.operations !== null && !this.operations.has(target)) {
      const guess = closestKey(target, this.operations);
      throw this.error(
        `${JSON.stringify(target)} is not an operation of the ${this.provider ?? ''} emulator${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; ` +
          `it serves: ${[...this.operations].sort().join(', ')}.`,
      );
    }
    const kind = (fault as { kind?: unknown } | null)?.kind;
    if (!fault || typeof fault !== 'object' || typeof kind !== 'string' || !(kind in FAULT_KEYS)) {
      const guess = typeof kind === 'string' ? closestKey(kind, Object.keys(FAULT_KEYS)) : null;
      throw this.error(`Unknown fault ${safeJson(fault)}: kind must be one of ${Object.keys(FAULT_KEYS).join(', ')}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}.`);
    }
    assertKnownKeys(this.provider, `${kind} fault`, fault, FAULT_KEYS[kind as Fault['kind']], 'config');
    const f = fault as Fault;
    if (f.kind === 'http' && (!Number.isInteger(f.status) || f.status < 100 || f.status > 599)) {
      throw this.error(`An http fault needs a status between 100 and 599 (got ${safeJson(f.status)}).`);
    }
    if (f.kind === 'latency' && !(typeof f.ms === 'number' && f.ms >= 0)) {
      throw this.error(`A latency fault needs ms >= 0 (got ${safeJson(f.ms)}).`);
    }
    if (f.kind === 'rate_limited' && f.retryAfterSeconds !== undefined && !(typeof f.retryAfterSeconds === 'number' && f.retryAfterSeconds >= 0)) {
      throw this.error(`A rate_limited fault needs retryAfterSeconds >= 0 (got ${safeJson(f.retryAfterSeconds)}).`);
    }
    if (f.kind === 'network' && f.phase !== undefined && !NETWORK_PHASES.includes(f.phase)) {
      throw this.error(`A network fault's phase is one of ${NETWORK_PHASES.join(', ')} (got ${safeJson(f.phase)}).`);
    }
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function safePredicate(predicate: (call: CallRecord) => boolean, call: CallRecord): boolean {
  try {
    return predicate(call) === true;
  } catch {
    return false;
  }
}
