import { describe, expect, test } from "vitest";
import { jsonLdText } from "../../src/lib/meta";
import { cardTree } from "../../src/lib/og-image";

const HOSTILE = [
  "</script><script>alert(1)</script>",
  "</SCRIPT ><img src=x onerror=alert(1)>",
  "<!-- ]]> & {process.env.HOME} \u2028 \u2029",
  '"><svg onload=alert(1)>',
];

describe("jsonLdText", () => {
  test.each(HOSTILE)("%j cannot end the script block, and reads back the same", (text) => {
    const out = jsonLdText({ headline: text, nested: [{ name: text }] });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ headline: text, nested: [{ name: text }] });
  });
});

describe("preview cards", () => {
  test("draw content as text: every string in the tree is one of the card's own strings, unchanged", () => {
    const card = {
      id: "alpha",
      kicker: HOSTILE[0]!,
      title: HOSTILE[1]!,
      figure: { value: HOSTILE[2]!.slice(0, 20), label: HOSTILE[3]! },
      fallbackText: "unused",
      siteName: HOSTILE[0]!,
    };
    const strings: string[] = [];
    const types = new Set<string>();
    const walk = (node: unknown) => {
      if (typeof node === "string") strings.push(node);
      else if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        const n = node as { type: string; props: { children?: unknown } };
        types.add(n.type);
        walk(n.props.children);
      }
    };
    walk(cardTree(card));
    for (const value of [card.kicker, card.title, card.figure.value, card.figure.label]) expect(strings).toContain(value);
    // Elements come from the card's layout only (satori reads no markup out of strings).
    for (const type of types) expect(["div", "span", "img", "svg"]).toContain(type);
  });
});
