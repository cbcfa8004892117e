import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:package`: the package as a user installs it (see package.test.ts). Slow by nature (a build, a pack,
 * several tsc runs), so it is not part of `npm test`; .ci/run runs it. Its budgets are explicit and generous so that
 * a busy two-core machine passes it too.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/consumer/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
