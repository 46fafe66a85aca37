import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson, sendText } from "./respond";

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  params: Record<string, string>;
  /** Aborted when the client goes away or the sandbox shuts down, so hanging handlers stop. */
  signal: AbortSignal;
}

export type Handler = (ctx: RequestContext) => Promise<void> | void;

interface Route {
  methods: ReadonlySet<string> | null;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/** A deliberately tiny router: ordered routes, `:name` segments, optional case-insensitivity. */
export class Router {
  private readonly routes: Route[] = [];

  constructor(private readonly notFound: Handler = (ctx) => sendText(ctx.res, 404, "Not Found")) {}

  on(
    methods: string | string[] | "*",
    path: string,
    handler: Handler,
    opts: { ignoreCase?: boolean } = {},
  ): this {
    const keys: string[] = [];
    const source = path
      .split("/")
      .map((segment) => {
        if (segment.startsWith(":")) {
          keys.push(segment.slice(1));
          return "([^/]+)";
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    this.routes.push({
      methods: methods === "*" ? null : new Set(([] as string[]).concat(methods)),
      pattern: new RegExp(`^${source}$`, opts.ignoreCase ? "i" : ""),
      keys,
      handler,
    });
    return this;
  }

  /** Runs the first matching route; 405 when only the method is wrong, 404 when nothing matches. */
  async dispatch(base: Omit<RequestContext, "params">): Promise<void> {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(base.url.pathname);
      if (!match) continue;
      pathMatched = true;
      if (route.methods && !route.methods.has(base.method)) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, index) => {
        params[key] = decodeURIComponent(match[index + 1] ?? "");
      });
      await route.handler({ ...base, params });
      return;
    }
    if (pathMatched) sendJson(base.res, 405, { error: "method_not_allowed" });
    else await this.notFound({ ...base, params: {} });
  }
}
