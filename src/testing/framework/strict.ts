/**
 * Seed builders refuse unknown keys (`s.event({ titel })` would otherwise seed an event without the intended name,
 * and the test would pass on defaults): a `ConfigError` naming the key and, when one is close, the key meant.
 */
import { assertKnownKeys } from '../../core/strict.js';
import type { ProviderId } from './contract.js';

/** Throws `ConfigError` when `input` (a seed builder's argument) has a key outside `allowed`. */
export function assertSeedKeys(provider: ProviderId, builder: string, input: unknown, allowed: readonly string[]): void {
  assertKnownKeys(provider, `seed input of s.${builder}()`, input, allowed, 'config');
}
