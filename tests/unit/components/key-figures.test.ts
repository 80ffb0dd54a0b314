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

  test("sets a percentage as a big number and a figure the article gives in words as words, with no kind tag", async () => {
    const percentage = await renderComponent(KeyFigure, { figure: figure() });
    const count = await renderComponent(KeyFigure, { figure: figure({ kind: "count", value: "Hundreds" }) });
    const rank = await renderComponent(KeyFigure, { figure: figure({ kind: "rank", value: "Top trading partner" }) });
    expect(percentage).toContain("text-figure");
    expect(percentage).toContain('data-kind="percentage"');
    for (const words of [count, rank]) {
      expect(words).not.toContain("text-figure");
      expect(words).toContain("text-xl");
      expect(textOf(words)).not.toMatch(/Count|Rank|Amount/);
    }
    expect(textOf(rank)).toMatch(/^Top trading partner/);
  });

  test("never sets a value with no digit as a big number, whatever its kind says", async () => {
    for (const value of ["Billions", "Hundreds", "Top trading partner", "Miles de millones"]) {
      const html = await renderComponent(KeyFigure, { figure: figure({ kind: "percentage", value }) });
      expect(html, value).not.toContain("text-figure");
      expect(html, value).toContain("text-xl");
    }
    expect(await renderComponent(KeyFigure, { figure: figure({ value: "More than 25%" }) })).toContain("text-figure");
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
