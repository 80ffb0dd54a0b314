import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CONF_LISTEN, CONF_ROOT, deployableConfig, NGINX_CONF } from "../../../scripts/lib/nginx";

describe("scripts/deploy/nginx.conf, as the deployment test runs it", () => {
  test("has the listen and root lines the test replaces, and nothing else is replaced", () => {
    const conf = readFileSync(NGINX_CONF, "utf8");
    const deployable = deployableConfig(conf, { root: "/tmp/site/dist", port: 4999 });
    expect(deployable).toContain("listen 127.0.0.1:4999;");
    expect(deployable).toContain("root /tmp/site/dist;");
    // Everything else is the file's text, line for line.
    const changed = conf.split("\n").filter((line, i) => line !== deployable.split("\n")[i]);
    expect(changed.map((l) => l.trim())).toEqual([CONF_LISTEN, CONF_ROOT]);
  });

  test("refuses a configuration whose listen or root line was rewritten, instead of testing something else", () => {
    expect(() =>
      deployableConfig("server {\n  listen 443 ssl;\n  root /srv/centsec/dist;\n}\n", { root: "/x", port: 1 }),
    ).toThrow('expected the line "listen 80;" once, found it 0 times');
    expect(() => deployableConfig("server {\n  listen 80;\n  root /var/www;\n}\n", { root: "/x", port: 1 })).toThrow(
      'expected the line "root /srv/centsec/dist;" once',
    );
  });
});
