/**
 * Playwright's global setup: one nginx with scripts/deploy/nginx.conf, serving dist/, for every spec that
 * checks what readers receive over the wire (deploy.spec.ts, budgets.spec.ts). Its origin reaches the
 * workers through the environment (`sharedNginx()`). On a laptop without nginx it is not started and
 * those specs skip, saying why; on CI a missing nginx fails the run here.
 */
import { DIST } from "../tools/dist";
import { nginxMissing, nginxPort, SHARED_NGINX_ORIGIN, startNginx } from "../../scripts/lib/nginx";

export default async function startSharedNginx(): Promise<() => Promise<void>> {
  if (nginxMissing() && !process.env["CI"]) return async () => {};
  const nginx = await startNginx({ root: DIST, port: nginxPort(1) });
  process.env[SHARED_NGINX_ORIGIN] = nginx.origin;
  return () => nginx.stop();
}
