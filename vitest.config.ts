import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/** `ticketkit` and `ticketkit/<subpath>` as src/ (the examples import the package by name, as its users do). */
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const packageAliases = [
  { find: /^ticketkit$/, replacement: src('index.ts') },
  { find: /^ticketkit\/(equaticket|eventbrite|event-schedule|seaty|event-vault)$/, replacement: src('providers/$1/index.ts') },
  { find: /^ticketkit\/([a-z-]+)$/, replacement: src('$1/index.ts') },
];

export default defineConfig({
  resolve: { alias: packageAliases },
  test: {
    // examples/**: the downstream example suite (examples/downstream/), run as a user's project would run it.
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    // The package test builds and packs the package and installs it into consumer projects: `npm run test:package`
    // (test/consumer/vitest.config.ts), run by .ci/run after `npm test`.
    exclude: [...configDefaults.exclude, 'test/consumer/**'],
    environment: 'node',
    testTimeout: 10_000,
    // Type tests (`*.test-d.ts`): the public types' contract, checked by tsc as part of `npm test`.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
