/** A tiny route table: method + path pattern (`/api/v1/events/:id`) → route, with decoded parameters. */
import type { RouteDef } from './types.js';

interface Compiled<R> {
  route: R;
  method: string;
  regex: RegExp;
  names: string[];
}

export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

export class Router<R extends Pick<RouteDef<unknown, unknown>, 'method' | 'path'>> {
  private readonly compiled: Compiled<R>[];

  constructor(routes: ReadonlyArray<R>) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const pattern = route.path
        .split('/')
        .map((part) => {
          if (part.startsWith(':')) {
            names.push(part.slice(1));
            return '([^/]+)';
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      return { route, method: route.method, regex: new RegExp(`^${pattern}/?$`), names };
    });
  }

  /** The route for a method and path; `null` when none matches. */
  match(method: string, path: string): RouteMatch<R> | null {
    for (const c of this.compiled) {
      if (c.method !== method) continue;
      const m = c.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      let ok = true;
      c.names.forEach((name, i) => {
        try {
          params[name] = decodeURIComponent(m[i + 1]!);
        } catch {
          ok = false;
        }
      });
      if (ok) return { route: c.route, params };
    }
    return null;
  }
}
