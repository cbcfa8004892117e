/**
 * The provider registry (src/core/providers.ts) is the one list of vendors: the build entries, the package's
 * `exports` and `typesVersions`, and the vendor folders must agree with it, so adding a vendor is one registry line
 * plus its folder (CONTRIBUTING.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_REGISTRY, PROVIDERS } from '../src/core/providers.js';
import { ProviderIdSchema } from '../src/core/model.js';
import { emulators } from '../src/testing/emulators/index.js';
import { entry } from '../tsup.config.js';

const root = resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
};
const subpaths = Object.values(PROVIDER_REGISTRY).map((p) => p.subpath);

describe('the provider registry agrees with the build and the package', () => {
  it('every provider has a build entry, and every entry is a provider, the root, the testing kit or a feature subpath', () => {
    const features = ['export', 'webhooks'];
    expect(Object.keys(entry).filter((e) => !features.includes(e)).sort()).toEqual(['index', 'testing', ...subpaths].sort());
  });

  it('the API reference (typedoc.json) documents exactly the build entries', () => {
    const typedoc = JSON.parse(readFileSync(resolve(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    expect([...typedoc.entryPoints].sort()).toEqual(Object.values(entry).sort());
  });

  it('package.json exports exactly the root, each provider subpath, testing, webhooks if built, and package.json', () => {
    const expected = ['.', './package.json', './testing', ...subpaths.map((s) => `./${s}`), ...Object.keys(entry).filter((e) => !['index', 'testing', ...subpaths].includes(e)).map((e) => `./${e}`)];
    expect(Object.keys(pkg.exports).sort()).toEqual(expected.sort());
    for (const name of Object.keys(entry).filter((e) => e !== 'index')) {
      expect(pkg.exports[`./${name}`], name).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
  });

  it('typesVersions (node10 resolution) maps every subpath', () => {
    const map = pkg.typesVersions['*']!;
    expect(Object.keys(map).sort()).toEqual(Object.keys(entry).filter((e) => e !== 'index').sort());
  });

  it('every provider has an adapter folder, an emulator and a schema value; nothing else does', () => {
    for (const id of PROVIDERS) {
      expect(existsSync(resolve(root, `src/providers/${PROVIDER_REGISTRY[id].subpath}/index.ts`)), id).toBe(true);
      expect(ProviderIdSchema.safeParse(id).success).toBe(true);
    }
    expect(Object.keys(emulators).sort()).toEqual([...PROVIDERS].sort());
    expect(ProviderIdSchema.options.slice().sort()).toEqual([...PROVIDERS].sort());
  });
});

describe('credentials in the registry', () => {
  it('name the environment variables the CLI reads, and agree with each vendor config', async () => {
    const { envVariableOf } = await import('../src/core/providers.js');
    expect(envVariableOf('equaticket', 'apiKey')).toBe('TICKETKIT_EQUATICKET_API_KEY');
    expect(envVariableOf('eventbrite', 'token')).toBe('TICKETKIT_EVENTBRITE_TOKEN');
    expect(envVariableOf('event-vault', 'clientId')).toBe('TICKETKIT_EVENT_VAULT_CLIENT_ID');
    const { createMockClient } = await import('../src/testing/index.js');
    for (const id of PROVIDERS) {
      const { required, optional } = PROVIDER_REGISTRY[id].credentials;
      const credentials = createMockClient({ provider: id }).credentials;
      // Every required credential is one the emulator's client config has; nothing else the emulator needs is missing.
      for (const key of required) expect(credentials, `${id}.${key}`).toHaveProperty(key);
      for (const key of Object.keys(credentials)) if (key !== 'clock') expect([...required, ...optional], `${id}: ${key}`).toContain(key);
    }
  });
});
