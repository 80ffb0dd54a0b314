import { describe, expect, test } from "vitest";
import { deployableBlock, README_LISTEN, README_ROOT, readmeNginxBlock } from "../tools/nginx";

describe("the README's nginx block, as the deployment test runs it", () => {
  test("is one fenced block with the listen and root lines the test replaces, and nothing else replaced", () => {
    const block = readmeNginxBlock();
    const deployable = deployableBlock(block, { root: "/tmp/site/dist", port: 4999 });
    expect(deployable).toContain("listen 127.0.0.1:4999;");
    expect(deployable).toContain("root /tmp/site/dist;");
    // Everything else is the README's text, line for line.
    const changed = block.split("\n").filter((line, i) => line !== deployable.split("\n")[i]);
    expect(changed.map((l) => l.trim())).toEqual([README_LISTEN, README_ROOT]);
  });

  test("refuses a README with no nginx block or two of them", () => {
    expect(() => readmeNginxBlock("# no block\n")).toThrow("found 0");
    expect(() => readmeNginxBlock("```nginx\na;\n```\n\n```nginx\nb;\n```\n")).toThrow("found 2");
  });

  test("refuses a block whose listen or root line was rewritten, instead of testing something else", () => {
    expect(() => deployableBlock("server {\n  listen 443 ssl;\n  root /srv/centsec/dist;\n}\n", { root: "/x", port: 1 })).toThrow(
      'expected the line "listen 80;" once, found it 0 times',
    );
    expect(() => deployableBlock("server {\n  listen 80;\n  root /var/www;\n}\n", { root: "/x", port: 1 })).toThrow(
      'expected the line "root /srv/centsec/dist;" once',
    );
  });
});
