import { describe, expect, test } from "vitest";
import CorrectionsList from "../../../src/components/CorrectionsList.astro";
import type { Correction } from "../../../src/lib/explainer";
import { renderComponent, textOf } from "./render";

const entry = (id: string, published: string): Correction => ({
  id,
  published,
  kind: "correction",
  part: "borders",
  passage: undefined,
  text: `What changed in ${id}.`,
  permalink: `/about/#correction-${id}`,
  href: "/borders/",
  partTitle: "Borders",
});

describe("CorrectionsList: quiet end matter", () => {
  test.each([
    ["one entry stays open", [entry("a", "2026-12-01")], false],
    ["two entries stay open", [entry("a", "2026-12-01"), entry("b", "2026-12-02")], false],
    [
      "three entries fold behind a summary naming the count and the latest date",
      [entry("a", "2026-12-01"), entry("c", "2026-12-08"), entry("b", "2026-12-02")],
      true,
    ],
  ])("%s", async (_name, corrections, folded) => {
    const html = await renderComponent(CorrectionsList, { corrections });
    expect(html.match(/<li[ >]/g)).toHaveLength(corrections.length);
    if (folded) {
      expect(html).toMatch(/<details[^>]*>\s*<summary[^>]*>\s*3 entries, the latest on 8 December 2026\s*<\/summary>/);
      expect(html).not.toMatch(/<details[^>]* open/);
    } else expect(html).not.toContain("<details");
  });

  test("the full log on the About page never folds", async () => {
    const html = await renderComponent(CorrectionsList, {
      corrections: [entry("a", "2026-12-01"), entry("b", "2026-12-02"), entry("c", "2026-12-03")],
      full: true,
    });
    expect(html).not.toContain("<details");
    expect(textOf(html)).toContain("What changed in c.");
  });
});
