/** What the three vendor parsers share: the event builder, the normalize context, reading fields of a payload. */
import type { NormalizeContext } from '../../core/normalize.js';
import { toUtcInstant } from '../../core/time.js';
import type { WebhookEntityKind, WebhookEvent, WebhookProvider, WebhookRef } from '../types.js';

/** A parsed JSON object (the payload or a part of it). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or `null` when it is missing, empty or not a string. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** An id field: a non-empty string, or a number as its string; else `null`. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value);
}

/** An ISO instant from the vendor, normalized to UTC with `Z`, or `null`. */
export function instantOf(value: unknown): string | null {
  return typeof value === 'string' ? toUtcInstant(value) : null;
}

/** A normalize context that collects warnings (on the event, each once) and never attaches `raw` to the entity. */
export function collectingContext(warnings: string[]): NormalizeContext {
  return {
    raw: false,
    warn: (message) => {
      if (!warnings.includes(message)) warnings.push(message);
    },
  };
}

export function refOf<K extends WebhookEntityKind>(kind: K, id: string | null, remoteId: string | null, eventId: string | null, url: string | null = null): WebhookRef<K> {
  return { kind, id, remoteId, eventId, url };
}

/** The common fields of an event, in one place (so every vendor's events have the same shape and key order). */
export interface EventParts {
  provider: WebhookProvider;
  type: WebhookEvent['type'];
  typeRaw: string;
  id: string | null;
  occurredAt: string | null;
  data: unknown;
  ref: WebhookRef | null;
  warnings: string[];
  raw: unknown;
}

export function webhookEvent(parts: EventParts): WebhookEvent {
  return {
    provider: parts.provider,
    type: parts.type,
    typeRaw: parts.typeRaw,
    id: parts.id,
    occurredAt: parts.occurredAt,
    data: parts.data,
    ref: parts.ref,
    warnings: parts.warnings,
    raw: parts.raw,
  } as WebhookEvent;
}

/** The first issue of a failed zod parse, for a warning (`data.order_id: expected …`). */
export function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }, prefix: string): string {
  const issue = error.issues[0];
  if (issue === undefined) return `${prefix}: not the expected shape`;
  const path = [prefix, ...issue.path.map(String)].join('.');
  return `${path}: ${issue.message}`;
}
