/** Fault injection as data: `once`, `times`, `always`, `clear`, by operation name or predicate. */
import type { CallRecord, Fault, FaultController, FaultTarget } from './types.js';

interface Armed {
  target: FaultTarget;
  fault: Fault;
  /** Remaining uses; `Infinity` for `always`. */
  remaining: number;
}

const KINDS = new Set(['rate_limited', 'http', 'network', 'timeout', 'latency']);

function check(target: FaultTarget, fault: Fault): void {
  if (typeof target !== 'string' && typeof target !== 'function') {
    throw new TypeError('A fault target is an operation name (e.g. "orders.list") or a predicate over the call record.');
  }
  if (!fault || typeof fault !== 'object' || !KINDS.has((fault as { kind?: string }).kind ?? '')) {
    throw new TypeError(`Unknown fault ${JSON.stringify(fault)}: kind must be one of ${[...KINDS].join(', ')}.`);
  }
  if (fault.kind === 'http' && (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599)) {
    throw new TypeError(`An http fault needs a status between 100 and 599 (got ${JSON.stringify(fault.status)}).`);
  }
  if (fault.kind === 'latency' && !(typeof fault.ms === 'number' && fault.ms >= 0)) {
    throw new TypeError(`A latency fault needs ms >= 0 (got ${JSON.stringify(fault.ms)}).`);
  }
}

export class Faults implements FaultController {
  private armed: Armed[] = [];

  once(target: FaultTarget, fault: Fault): void {
    this.times(1, target, fault);
  }

  times(n: number, target: FaultTarget, fault: Fault): void {
    if (!Number.isInteger(n) || n < 1) throw new TypeError(`faults.times needs a positive integer count (got ${JSON.stringify(n)}).`);
    check(target, fault);
    this.armed.push({ target, fault: { ...fault }, remaining: n });
  }

  always(target: FaultTarget, fault: Fault): void {
    check(target, fault);
    this.armed.push({ target, fault: { ...fault }, remaining: Number.POSITIVE_INFINITY });
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
}

function safePredicate(predicate: (call: CallRecord) => boolean, call: CallRecord): boolean {
  try {
    return predicate(call) === true;
  } catch {
    return false;
  }
}
