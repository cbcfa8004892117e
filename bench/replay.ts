/**
 * Record once, replay many times: a `fetch` that passes requests to a server (an emulator's fetch) and keeps every
 * answer, and a `fetch` that answers the same requests from what was kept, pre-serialized, with no server work. The
 * benchmarks time clients over the replay.
 */

interface Recorded {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/** A request key that ignores query parameter order. */
function keyOf(method: string, url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  return `${method} ${parsed.toString()}`;
}

/** `recording` passes to `serve` and keeps each answer (`onRequest` sees each request); `replay` answers from them. */
export function recordReplay(serve: typeof fetch, onRequest?: (request: Request) => void): { recording: typeof fetch; replay: typeof fetch; recorded: () => number } {
  const answers = new Map<string, Recorded>();
  const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    onRequest?.(request);
    const response = await serve(request);
    const body = await response.text();
    answers.set(keyOf(request.method, request.url), { status: response.status, headers: [...response.headers], body });
    return new Response(body, { status: response.status, headers: response.headers });
  }) as typeof fetch;
  const replay = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
    const url = input instanceof Request ? input.url : String(input);
    const answer = answers.get(keyOf(method, url));
    if (!answer) throw new Error(`no recorded answer for ${method} ${url}`);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  return { recording, replay, recorded: () => answers.size };
}
