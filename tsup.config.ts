import { defineConfig, type Options } from 'tsup';
import { PROVIDER_REGISTRY } from './src/core/providers.js';

/** The build entries, one per package subpath: derived from the provider registry (test/registry.test.ts checks them). */
export const entry: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(Object.values(PROVIDER_REGISTRY).map((p) => [p.subpath, `src/providers/${p.subpath}/index.ts`])),
  testing: 'src/testing/index.ts',
  export: 'src/export/index.ts',
  webhooks: 'src/webhooks/index.ts',
};

// Minified, with every function and class keeping its name (`keepNames`): a stack trace names each frame, `error.name`
// and `constructor.name` are the source's, and the package stays within its size budget (unpacked ≤ 2.5 MB,
// test/consumer/package.test.ts) with both an ESM and a CommonJS build of the emulators. No source maps: they would
// point at src/*.ts, which is not shipped, and with the sources inlined they would triple the size.
const shared: Options = {
  entry,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  minify: true,
  keepNames: true,
  // Node prints the source line of an uncaught error's frame: minified lines stay short, so a ConfigError thrown at
  // startup shows its message, not 40 kB of code.
  esbuildOptions(options) {
    options.lineLimit = 160;
  },
  target: 'node20',
  external: ['msw', 'msw/node'],
};

/**
 * The CLI goes through the package's public entry points, not through its own copy of the internals: its imports of
 * `src/index.ts`, `src/testing/index.ts` and `src/export/index.ts` become imports of the built `dist/index.js`,
 * `dist/testing.js` and `dist/export.js`.
 */
const cliUsesPublicEntries: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'cli-uses-public-entries',
  setup(build) {
    const publicEntries: Record<string, string> = { '../index.js': '../index.js', '../testing/index.js': '../testing.js', '../export/index.js': '../export.js' };
    build.onResolve({ filter: /^\.\.\// }, (args) => {
      const target = publicEntries[args.path];
      if (!/[\\/]src[\\/]cli[\\/]/.test(args.importer)) return undefined;
      if (target === undefined) {
        return { errors: [{ text: `src/cli may import only the public entry points (../index.js, ../testing/index.js, ../export/index.js), not ${args.path}` }] };
      }
      return { path: target, external: true };
    });
  },
};

export default defineConfig([
  // Declarations, once for both formats (index.d.ts for `import`, index.d.cts for `require`).
  { ...shared, format: ['esm', 'cjs'], dts: { only: true } },
  { ...shared, format: ['esm'] },
  // ky and p-retry ship ESM only: the CommonJS build bundles them so that `require('ticketkit')` works on every
  // Node 20, not only on those with require(esm).
  { ...shared, format: ['cjs'], noExternal: ['ky', 'p-retry', 'is-network-error'] },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    target: 'node20',
    esbuildPlugins: [cliUsesPublicEntries],
  },
]);
