import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
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
