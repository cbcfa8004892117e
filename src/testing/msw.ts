/**
 * msw v2 handlers over an emulator, for code that uses the global `fetch` (or builds its own client deep
 * inside). msw is an optional peer dependency: it is loaded only when `mswHandlers` is called.
 */
import { createRequire } from 'node:module';
// The one msw type in ticketkit's declarations. A structural stand-in would not do: msw's handler classes have
// private members, so only its own `HttpHandler` is accepted by `setupServer(...)`. The build marks this import
// `// @ts-ignore` in dist (scripts/optional-peer-types.mjs): without msw installed the type is `any`, and
// `ticketkit/testing` still type-checks with `skipLibCheck: false`.
import type { HttpHandler } from 'msw';
import { ConfigError } from '../core/errors.js';

/** Options of {@link mswHandlers}. */
export interface MswHandlerOptions {
  /** The base URL to intercept (default: the vendor's default base URL). Its whole origin is intercepted. */
  baseUrl?: string;
}

/** What {@link mswHandlers} needs of a mock: a `MockClient` (from `createMockClient`) has both. */
export interface MswMock {
  /** The emulator as a `fetch`: every intercepted request is answered by it. */
  fetch: typeof globalThis.fetch;
  /** The vendor base URL whose origin is intercepted (unless `options.baseUrl` says otherwise). */
  baseUrl: string;
}

type Msw = typeof import('msw');

function loadMsw(): Msw {
  try {
    // A require for this module: `__filename` in the CJS build, `import.meta.url` in ESM (where Node >= 20.19
    // resolves msw's ESM build, the same instance `msw/node` uses). Bundlers rewrite a bare `require`.
    const load = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    return load('msw') as Msw;
  } catch (cause) {
    throw new ConfigError({
      message: 'mswHandlers needs msw (an optional peer dependency of ticketkit): npm install --save-dev msw@^2.',
      cause,
    });
  }
}

/**
 * msw request handlers that answer every request to the vendor's host from the mock's emulator:
 * `setupServer(...mswHandlers(mock))`. Pass several mocks to serve several vendors.
 */
export function mswHandlers(mock: MswMock | MswMock[], options: MswHandlerOptions = {}): HttpHandler[] {
  const { http, HttpResponse } = loadMsw();
  const mocks = Array.isArray(mock) ? mock : [mock];
  return mocks.map((m) => {
    const origin = new URL(options.baseUrl ?? m.baseUrl).origin;
    return http.all(`${origin}/*`, async ({ request }) => {
      try {
        return await m.fetch(request);
      } catch {
        // network and timeout faults: the fetch of the code under test rejects.
        return HttpResponse.error();
      }
    });
  });
}
