import { defineConfig, type Options } from 'tsup';

const entry = {
  index: 'src/index.ts',
  equaticket: 'src/providers/equaticket/index.ts',
  eventbrite: 'src/providers/eventbrite/index.ts',
  'event-schedule': 'src/providers/event-schedule/index.ts',
  seaty: 'src/providers/seaty/index.ts',
  'event-vault': 'src/providers/event-vault/index.ts',
  testing: 'src/testing/index.ts',
};

const shared: Options = {
  entry,
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  target: 'node20',
  external: ['msw', 'msw/node'],
};

export default defineConfig([
  { ...shared, format: ['esm'] },
  // ky and p-retry ship ESM only: the CommonJS build bundles them so that `require('ticketkit')` works on every
  // Node 20, not only on those with require(esm).
  { ...shared, format: ['cjs'], noExternal: ['ky', 'p-retry', 'is-network-error'] },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
    external: ['msw', 'msw/node'],
  },
]);
