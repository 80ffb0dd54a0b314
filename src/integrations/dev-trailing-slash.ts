import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";

/** True for a page address that lacks its trailing slash: no slash at the end and no file extension. */
export function needsTrailingSlash(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return !pathname.endsWith("/") && !last.includes(".") && !pathname.startsWith("/@") && !pathname.startsWith("/_");
}

/**
 * In `astro dev`, redirects `/borders` to `/borders/` as the static hosts do (the site uses
 * `trailingSlash: "always"`), so that an address without the slash reaches the page, and an unknown one
 * reaches the site's own 404 page rather than Astro's trailing-slash notice. Astro puts its own
 * middlewares at the front of the stack once the server is set up; this one goes in front of them after.
 */
export function devTrailingSlash(): Plugin {
  return {
    name: "centsec:dev-trailing-slash",
    apply: "serve",
    configureServer(server) {
      return () => {
        server.middlewares.stack.unshift({
          route: "",
          handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
            const url = new URL(req.url ?? "/", "http://localhost");
            if ((req.method !== "GET" && req.method !== "HEAD") || !needsTrailingSlash(url.pathname)) return next();
            res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
            res.end();
          },
        });
      };
    },
  };
}
