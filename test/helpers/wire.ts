/** A tiny scripted fake vendor for wire tests: records every request, answers from a script. */
export interface SeenRequest {
  method: string;
  url: URL;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  text: string;
  signal: AbortSignal | null;
}

export type Answer =
  | Response
  | ((req: SeenRequest) => Response | Promise<Response>)
  | { reject: unknown };

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A fetch that answers each request with the next scripted answer (the last one repeats). */
export function scriptedFetch(answers: Answer[]) {
  const seen: SeenRequest[] = [];
  let index = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = request.body ? await request.text() : '';
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const url = new URL(request.url);
    const seenReq: SeenRequest = {
      method: request.method,
      url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      headers: Object.fromEntries(request.headers.entries()),
      body,
      text,
      signal: request.signal,
    };
    seen.push(seenReq);
    const answer = answers[Math.min(index++, answers.length - 1)];
    if (answer === undefined) throw new Error('no scripted answer');
    if (answer instanceof Response) return answer.clone();
    if (typeof answer === 'function') return answer(seenReq);
    throw answer.reject;
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

/** Walks a value and returns the paths of every `undefined` found. */
export function findUndefined(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => findUndefined(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findUndefined(v, `${path}.${k}`));
  }
  return [];
}
