/**
 * The emulators are written from the vendors' documentation, never from the adapters' code, so that each catches
 * the other's mistakes: a module under src/testing/emulators/ may import only the emulator framework (which
 * includes the declared contract, framework/contract.ts), its own vendor folder, and zod.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../src/testing/emulators');
const FRAMEWORK = resolve(__dirname, '../../src/testing/framework');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

/** Why an import is not allowed, or `null`. */
function violation(file: string, specifier: string, vendorDir: string): string | null {
  if (!specifier.startsWith('.')) return specifier === 'zod' || specifier.startsWith('node:') ? null : `package ${specifier}`;
  const target = resolve(dirname(file), specifier);
  if (target.startsWith(FRAMEWORK + '/') || target === FRAMEWORK) return null;
  if (target.startsWith(vendorDir + '/')) return null;
  return relative(resolve(__dirname, '../..'), target);
}

const vendors = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe.each(vendors)('emulator %s', (vendor) => {
  it('imports only the framework, its own folder and zod', () => {
    const vendorDir = join(ROOT, vendor);
    const bad = filesUnder(vendorDir).flatMap((file) =>
      importsOf(file)
        .map((specifier) => violation(file, specifier, vendorDir))
        .filter((v): v is string => v !== null)
        .map((v) => `${relative(ROOT, file)} → ${v}`),
    );
    expect(bad).toEqual([]);
  });
});

it('the registry imports only the framework and the emulator folders', () => {
  const file = join(ROOT, 'index.ts');
  const bad = importsOf(file).filter((s) => {
    const target = resolve(dirname(file), s);
    return !(target.startsWith(ROOT + '/') || target.startsWith(FRAMEWORK + '/'));
  });
  expect(bad).toEqual([]);
});

it('the framework imports no adapter code', () => {
  const bad = filesUnder(FRAMEWORK).flatMap((file) => importsOf(file).filter((s) => s.includes('/providers/')).map((s) => `${relative(FRAMEWORK, file)} → ${s}`));
  expect(bad).toEqual([]);
});
