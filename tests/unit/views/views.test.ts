/**
 * The views rendered through the Container API from plain props, as the route hands them: the props
 * are made by src/lib/route-data.ts from a small explainer built in memory (no astro:content, no build).
 */
import { afterEach, describe, expect, test } from "vitest";
import type { Locale } from "../../../src/i18n";
import { sitePages, byLocale } from "../../../src/lib/alternates";
import { buildExplainer, type ExplainerInput } from "../../../src/lib/explainer";
import { partPathIn } from "../../../src/lib/permalinks";
import { pageProps, type Loaders, type RouteProps } from "../../../src/lib/route-data";
import AboutPage from "../../../src/views/AboutPage.astro";
import HomePage from "../../../src/views/HomePage.astro";
import PartPage from "../../../src/views/PartPage.astro";
import { renderComponent, textOf } from "../components/render";
import { input } from "../explainer-input";
import AboutBody from "./AboutBody.astro";
import Body from "./Body.astro";

const site = new URL("https://example.org");
/** The test input, with the one text these views need: the map's description. */
const withTexts = (): ExplainerInput => ({
  ...input(),
  texts: [
    { file: "content/texts.yaml", data: { id: "map-description-without-host", text: "A map." } },
    // Borders has a map frame of its own (src/lib/map/frame.ts), and so a description of its own.
    { file: "content/texts.yaml", data: { id: "map-description-without-host-borders", text: "A map of the isthmus." } },
  ],
});
const editions = {
  en: buildExplainer(withTexts()),
  es: buildExplainer(withTexts(), { locale: "es", partPath: partPathIn("/es/", (id) => `${id}-es`) }),
};
const pages = sitePages(byLocale((locale) => editions[locale].sections));
const loaders: Loaders = { body: async (kind) => (kind === "about" ? AboutBody : Body) };

/** The props the route gives a page of an edition, and the page rendered from them. */
async function render(ref: { page: "home" | "about" } | { part: string }, locale: Locale) {
  const { paths } = pages.find((p) => JSON.stringify(p.ref) === JSON.stringify(ref))!;
  const props: RouteProps = await pageProps(ref, editions[locale], paths, site, loaders);
  const view = "part" in ref ? PartPage : ref.page === "about" ? AboutPage : HomePage;
  return renderComponent(view, { data: props.data, frame: props.frame }, { route: props.frame.context, site });
}

const hreflang = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, lang, href]) => `${lang} ${href}`);

describe("PartPage", () => {
  test("shows its part from props: headline, part N of M, body, figures, and its alternates", async () => {
    const html = await render({ part: "borders" }, "en");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<h1[^>]*>borders title<\/h1>/);
    expect(textOf(html)).toContain("Part 1 of 2");
    expect(html).toMatch(/<div class="section-body[^"]*">\s*<p data-body>The part's body.<\/p>/);
    expect(html).toContain('id="figure-darien-crossings"');
    expect(hreflang(html)).toEqual([
      "en https://example.org/borders/",
      "es https://example.org/es/borders-es/",
      "x-default https://example.org/borders/",
    ]);
    expect(html).toMatch(/<a href="\/es\/borders-es\/" hreflang="es" lang="es" data-lang-switch/);
  });

  test("speaks the edition of its props: the Spanish part's words and links", async () => {
    const html = await render({ part: "cartels" }, "es");
    expect(html).toMatch(/<html lang="es">/);
    expect(textOf(html)).toContain("Parte 2 de 2");
    expect(html).toContain('<link rel="canonical" href="https://example.org/es/cartels-es/">');
    expect(html).toMatch(/<a href="\/cartels\/" hreflang="en" lang="en" data-lang-switch/);
  });
});

describe("HomePage", () => {
  test("shows the introduction, its body, every part, the timeline and the figures from props", async () => {
    const html = await render({ page: "home" }, "en");
    expect(html).toMatch(/<h1[^>]*>A gathering<\/h1>/);
    expect(html).toContain("<p data-body>The part's body.</p>");
    for (const part of ["/borders/", "/cartels/"]) expect(html).toContain(`href="${part}"`);
    expect(html).toContain('id="event-convenes"');
    expect(textOf(html)).toContain("Hundreds in Panama");
    expect(hreflang(html)).toEqual(["en https://example.org/", "es https://example.org/es/", "x-default https://example.org/"]);
  });
});

describe("AboutPage", () => {
  const tracker = (value: string | undefined) => {
    if (value === undefined) delete process.env["CORRECTIONS_URL"];
    else process.env["CORRECTIONS_URL"] = value;
  };
  afterEach(() => tracker(undefined));

  test("fills its body's components from the route: headings, dates, open questions, links", async () => {
    const html = await render({ page: "about" }, "en");
    expect(html).toMatch(/<h1[^>]*>About this explainer<\/h1>/);
    expect(html).toContain('<p class="mt-4 text-standfirst text-stone-700 dark:text-stone-300">Where the facts come from.</p>');
    expect(html).toMatch(
      /<div class="anchored-heading anchored-heading-2"><h2 id="dates" class="text-2xl font-semibold">Dates<\/h2>/,
    );
    expect(html).toMatch(
      /<p class="mt-3">\s*First published on <time datetime="2026-11-25">25 November 2026<\/time>; last changed on <time datetime="2026-11-26">26 November 2026<\/time>.\s*<\/p>/,
    );
    expect(html).toMatch(
      /<section aria-labelledby="questions-borders-heading" class="open-questions mt-5" id="questions-borders">/,
    );
    expect(html).not.toContain('id="questions-cartels"');
    expect(html).toContain(
      '<ul class="mt-3 grid list-disc gap-2 pl-5"><li>The <a href="/glossary/" class="text-accent-700 underline underline-offset-2 dark:text-accent-300">glossary</a> says so.</li></ul>',
    );
    expect(html).toContain('id="log"');
  });

  test.each([
    [undefined, "Report it through the repository.", "Report it on"],
    [
      "https://example.org/issues",
      'Report it on <a href="https://example.org/issues" class="text-accent-700 underline underline-offset-2 dark:text-accent-300">the tracker</a>.',
      "through the repository",
    ],
  ])("with CORRECTIONS_URL=%s, says where to report an error", async (url, shown, hidden) => {
    tracker(url);
    const html = await render({ page: "about" }, "en");
    expect(html).toContain(shown);
    expect(html).not.toContain(hidden);
  });

  test("speaks the edition of its props: Spanish dates and questions' titles", async () => {
    const html = await render({ page: "about" }, "es");
    expect(html).toContain('<time datetime="2026-11-25">25 de noviembre de 2026</time>');
    expect(html).toMatch(/id="questions-borders-heading"[^>]*>borders title<\/h2>/);
  });
});
