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

  test("sets a phrase a size down from a number", async () => {
    const number = await renderComponent(KeyFigure, { figure: figure() });
    const phrase = await renderComponent(KeyFigure, { figure: figure({ value: "Top trading partner" }) });
    expect(number).toContain("text-figure");
    expect(phrase).not.toContain("text-figure");
    expect(phrase).toContain("text-2xl");
  });

  test("names the section when asked to", async () => {
    const html = await renderComponent(KeyFigure, { figure: figure(), showSection: true });
    expect(textOf(html)).toContain("Borders under pressure");
    expect(textOf(html)).not.toContain("Where this comes from");
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
