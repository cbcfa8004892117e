/**
 * The layering of ticketkit, checked in CI (`npm run lint:deps`). ARCHITECTURE.md draws the layers.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form layers, not loops (type-only imports included: they are how declarations are bundled).',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'no-vendor-imports-another',
      severity: 'error',
      comment: 'Each vendor folder stands alone: importing `ticketkit/<vendor>` must not load another vendor.',
      from: { path: '^src/providers/([^/]+)/' },
      to: { path: '^src/providers/', pathNot: '^src/providers/$1/' },
    },
    {
      name: 'core-and-internal-import-no-vendor-or-testing',
      severity: 'error',
      comment: 'core/ (policy) and internal/ (plumbing) are vendor-neutral and know nothing of the testing kit.',
      from: { path: '^src/(core|internal)/' },
      to: { path: '^src/(providers|testing|cli|webhooks)/' },
    },
    {
      name: 'emulators-import-no-adapter-code',
      severity: 'error',
      comment:
        'Emulators are written from the vendor docs, never from the adapters: they import the framework (with its ' +
        'declared contract module), their own folder and zod only.',
      from: { path: '^src/testing/emulators/([^/]+)/' },
      to: { path: '^src/', pathNot: ['^src/testing/framework/', '^src/testing/emulators/$1/'] },
    },
    {
      name: 'framework-imports-no-adapter-code',
      severity: 'error',
      from: { path: '^src/testing/framework/' },
      to: { path: '^src/(providers|cli)/' },
    },
    {
      name: 'cli-imports-public-entries-only',
      severity: 'error',
      comment: 'The CLI is a user of the package: it goes through the public entry points (its bundle carries no internals).',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: ['^src/cli/', '^src/index\\.ts$', '^src/testing/index\\.ts$', '^src/webhooks/index\\.ts$', '^src/export/index\\.ts$'] },
    },
    {
      name: 'providers-import-no-testing-or-cli',
      severity: 'error',
      from: { path: '^src/providers/' },
      to: { path: '^src/(testing|cli)/' },
    },
    {
      name: 'webhooks-import-no-request-code',
      severity: 'error',
      comment:
        'ticketkit/webhooks verifies and normalizes without any request code: from a vendor it takes only the ' +
        'normalizers and schemas (so the mapping stays in one place), never a client, resource, native layer, ' +
        'pipeline, transport or ky. Type-only imports (the client type resolveWebhook takes) are erased.',
      from: { path: '^src/webhooks/' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: ['^src/providers/[^/]+/(?!(normalize|schemas)\\.ts$)', '^src/core/pipeline\\.ts$', '^src/internal/transport\\.ts$', '^src/client\\.ts$', '(^|/)node_modules/ky/', '^src/(testing|cli|export)/'],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
