import { describe, expect, test } from "vitest";
import { drawSvg, type OgCard } from "../../src/lib/og-image";

const card = (title: string): OgCard => ({
  id: "test",
  kicker: "Guía · 9 de abril de 2025",
  title,
  figure: { value: "Más del 25\u00a0%", label: "de aumento de los homicidios" },
  fallbackText: "",
  siteName: "CENTSEC 2025, explicada",
});

describe("preview cards", () => {
  test("draw every letter and sign Spanish needs with the shipped fonts", { timeout: 30_000 }, async () => {
    const svg = await drawSvg(card("¿Por qué? ¡Sí! á é í ó ú ñ ü Á É Í Ó Ú Ñ Ü « » — “ ” ’"));
    expect(svg.startsWith("<svg")).toBe(true);
  });

  test("refuse a character the fonts do not have, naming the card", { timeout: 30_000 }, async () => {
    await expect(drawSvg(card("巴拿马"))).rejects.toThrow(/preview card "test": the fonts have no glyph for/);
  });
});
