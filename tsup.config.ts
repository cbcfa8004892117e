import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      equaticket: 'src/providers/equaticket/index.ts',
      eventbrite: 'src/providers/eventbrite/index.ts',
      'event-schedule': 'src/providers/event-schedule/index.ts',
      seaty: 'src/providers/seaty/index.ts',
      'event-vault': 'src/providers/event-vault/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    external: ['msw', 'msw/node'],
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
    external: ['msw', 'msw/node'],
  },
]);
