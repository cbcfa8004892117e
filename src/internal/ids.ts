import { InputProblem } from '../core/input.js';
import { idProblem } from './path.js';

/** A random UUID v4 (idempotency keys). */
export function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Normalized ids: the vendor key when it routes `get` by itself, else the parts needed to route it,
 * each URI-encoded and joined with `:` (deterministic and reversible; callers treat it as opaque).
 */
const UNRESERVED = /^[A-Za-z0-9_.!~*'()-]*$/;

export function composeId(...parts: Array<string | number>): string {
  let id = '';
  for (let i = 0; i < parts.length; i++) {
    const text = String(parts[i]);
    id += (i === 0 ? '' : ':') + (UNRESERVED.test(text) ? text : encodeURIComponent(text));
  }
  return id;
}

/**
 * Splits a composed id into exactly `count` parts, each a valid id segment (see `idProblem`), or throws an
 * `InputProblem` naming `field` (a `ValidationError` for the caller; nothing is sent). `what` names the kind of id in
 * the message (`'an Equaticket ticket type id'`).
 */
export function splitIdOrThrow(id: unknown, count: number, field: string, what: string): string[] {
  const basic = typeof id === 'string' ? null : idProblem(id);
  if (basic !== null) throw new InputProblem(field, basic, id);
  const parts = splitId(id as string, count);
  if (parts === null) {
    throw new InputProblem(field, `${JSON.stringify(String(id).slice(0, 80))} is not ${what} (use the id a list or create returned)`, id);
  }
  for (const part of parts) {
    const problem = idProblem(part);
    if (problem !== null) throw new InputProblem(field, `${what} has a bad part: ${problem}`, id);
  }
  return parts;
}

/** Splits a composed id into exactly `count` parts, or returns `null` when it does not have that shape. */
export function splitId(id: string, count: number): string[] | null {
  const parts = id.split(':');
  if (parts.length !== count || parts.some((p) => p === '')) return null;
  try {
    return parts.map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
}

/** Stable 32-bit FNV-1a hash, hex (cursor filter tags). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Stable 64-bit FNV-1a hash, hex: for keys where two different inputs must practically never meet (a credential's
 * idempotency scope, where a 32-bit clash between two accounts would replay one account's write to the other).
 */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** JSON with sorted keys and no `undefined` members (for hashing filters). */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

export function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
