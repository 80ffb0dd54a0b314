import { describe, expect, test } from "vitest";
import KeyFigure from "../../../src/components/KeyFigure.astro";
import KeyFigures from "../../../src/components/KeyFigures.astro";
import { figure, renderComponent, textOf } from "./render";

describe("KeyFigure", () => {
  test("reads as one sentence: value, then what it measures, and links to its passage", async () => {
    const html = await renderComponent(KeyFigure, { figure: figure() });
    expect(html).toMatch(/<li[^>]*id="figure-darien-crossings"/);
    const sentence = /<p[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!;
    expect(textOf(sentence)).toBe("90% drop in crossings through Panama’s Darién Gap since 2023");
    expect(html).toContain('href="/borders/#darien-gap"');
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
  });

  test("sets every figure's value in the one style, whatever its kind, with no kind tag", async () => {
    for (const [kind, value] of [
      ["percentage", "90%"],
      ["count", "Hundreds"],
      ["rank", "Top trading partner"],
    ] as const) {
      const html = await renderComponent(KeyFigure, { figure: figure({ kind, value }) });
      expect(html, value).toMatch(/<span class="figure-value[^"]*text-figure[^"]*">\s*/);
      expect(html, value).not.toContain("text-xl");
      expect(textOf(html)).not.toMatch(/Count|Rank|Amount/);
    }
  });

  test("sets a qualifier small above the number, not at the number's size", async () => {
    const html = await renderComponent(KeyFigure, { figure: figure({ value: "More than 25%" }) });
    expect(html).toMatch(/<span class="figure-qualifier[^"]*text-sm[^"]*">\s*More than\s*<\/span>/);
    expect(html).toMatch(/<span class="figure-value[^"]*">\s*25%\s*<\/span>/);
    const sentence = /<p[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!;
    expect(textOf(sentence)).toMatch(/^More than 25% drop/);
    expect(await renderComponent(KeyFigure, { figure: figure() })).not.toContain("figure-qualifier");
  });

  test("names the section when asked to", async () => {
    const html = await renderComponent(KeyFigure, { figure: figure(), showSection: true });
    expect(textOf(html)).toContain("Part: Borders");
    expect(textOf(html)).not.toContain("Where this comes from");
  });

  test("leaves out the copy-link control when asked to", async () => {
    const html = await renderComponent(KeyFigure, { figure: figure(), share: false });
    expect(html).not.toContain("Copy link");
    expect(html).not.toContain('id="figure-darien-crossings"');
    expect(await renderComponent(KeyFigure, { figure: figure() })).toContain("Copy link");
  });
});

describe("KeyFigures", () => {
  test("renders nothing at all for no figures", async () => {
    const html = await renderComponent(KeyFigures, { figures: [] });
    expect(textOf(html)).toBe("");
    expect(html).not.toContain("<section");
  });

  test("renders a single figure in a labelled list", async () => {
    const html = await renderComponent(KeyFigures, { figures: [figure()], id: "section-figures" });
    expect(html).toMatch(/<section[^>]*aria-labelledby="section-figures-heading"/);
    expect(html).toMatch(/<h2[^>]*id="section-figures-heading"[^>]*>\s*Key figures/);
    expect(html.match(/<li /g)).toHaveLength(1);
  });

  test("keeps the figures in the order given", async () => {
    const html = await renderComponent(KeyFigures, {
      figures: [figure(), figure({ id: "b", anchor: "figure-b", value: "Hundreds" })],
    });
    expect(html.indexOf("figure-darien-crossings")).toBeLessThan(html.indexOf("figure-b"));
  });
});
