/**
 * What a reader gets with JavaScript off is the HTML as built: read here from dist/ (parsed as a browser
 * parses it), not by loading each page in a browser. What needs a browser with JavaScript off (a click,
 * what CSS hides) stays in the browser suite.
 */
import { describe, expect, test } from "vitest";
import { ui } from "../../src/i18n";
import {
  corrections,
  EDITIONS,
  editionOf,
  events,
  figures,
  glossary,
  introduction,
  PAGES,
  questions,
  sections,
} from "../../scripts/lib/content";
import { elementsOf, hasClass, pagePaths, readDist, type Element } from "../tools/dist";

/** Text as a reader sees it: runs of spaces (a no-break space too) read as one. */
const flat = (text: string) => text.replace(/\s+/g, " ");
const fileOf = (path: string) => `${path.slice(1)}index.html`;
const page = (path: string) => elementsOf(readDist(fileOf(path)));
const only = (found: Element[], what: string) => {
  expect(found, what).toHaveLength(1);
  return found[0]!;
};

const paths = pagePaths();

test("the build has, in each edition, the home page, one page per section, the summary, the About page and the glossary", () => {
  for (const edition of EDITIONS) {
    const pages = [PAGES.home, PAGES.summary, PAGES.about, PAGES.glossary].map((p) => p[edition]);
    for (const expected of [...pages, ...sections(edition).map((s) => s.path)]) expect(paths).toContain(expected);
  }
  // The names the browser suite finds the About note and the summary link by.
  expect(ui("en").aboutTitle).toBe("About this explainer");
  expect(ui("en").aboutBlockHeading).toBe("About this explainer");
  expect(ui("en").summaryLinkLabel).toBe("Summary: the whole explainer on one printable page");
});

/** What each page must show: its headline, its standfirst, and text a reader came for, in its edition. */
function expectationsFor(path: string): { h1: string; texts: string[] } {
  const edition = editionOf(path);
  const t = ui(edition);
  const sectionFacts = sections(edition);
  const home = path === PAGES.home[edition];
  const section = sectionFacts.find((s) => s.path === path);
  const facts = [
    ...(home ? figures(edition) : figures(edition).filter((f) => f.section === section?.id)).map((f) => f.value),
    ...(home ? events(edition) : events(edition).filter((e) => e.section === section?.id)).map((e) => e.text),
  ];
  const trust = (part: string) => [
    ...questions(edition)
      .filter((q) => q.part === part)
      .map((q) => q.text),
    ...corrections(edition)
      .filter((c) => c.part === part)
      .map((c) => c.text),
  ];
  if (home) {
    const intro = introduction(edition);
    return { h1: intro.title, texts: [intro.standfirst, ...sectionFacts.map((s) => s.title), ...facts] };
  }
  if (path === PAGES.about[edition])
    return {
      h1: t.aboutTitle,
      texts: [...corrections(edition).map((c) => c.text), ...questions(edition).map((q) => q.text)],
    };
  if (path === PAGES.glossary[edition]) return { h1: t.glossaryTitle, texts: glossary(edition).flatMap((g) => [g.term, g.says]) };
  if (section) {
    return {
      h1: section.title,
      texts: [section.standfirst, t.partOf(section.order, sectionFacts.length), t.questionsHeading, ...trust(section.id), ...facts],
    };
  }
  return { h1: "", texts: [] };
}

describe.each(paths)("%s without JavaScript", (path) => {
  test("is complete: its headline, its text, and its figures and events", () => {
    const elements = page(path);
    const { h1, texts } = expectationsFor(path);
    const headings = elements.filter((e) => e.name === "h1");
    expect(headings).toHaveLength(1);
    if (h1) expect(flat(headings[0]!.text).trim()).toBe(flat(h1));
    const text = flat(only(elements.filter((e) => e.name === "main"), "one main landmark").text);
    for (const t of texts) expect(text).toContain(flat(t));
  });
});

describe.each(EDITIONS.flatMap((edition) => sections(edition)))("$path", (section) => {
  const t = ui(editionOf(section.path));
  test("shows when it was published and when it last changed in substance", () => {
    const latest = corrections()
      .filter((c) => c.part === section.id || c.part === undefined)
      .map((c) => c.published)
      .sort()
      .at(-1);
    const dateline = only(
      page(section.path)
        .filter((e) => e.name === "header")
        .flatMap((header) => header.descendants.filter((e) => e.name === "p" && e.text.includes(t.published))),
      "one dateline",
    );
    const times = dateline.descendants.filter((e) => e.name === "time");
    expect(times[0]?.attributes.get("datetime")).toBe(section.published);
    if (latest && latest !== section.published) {
      expect(dateline.text).toContain(t.updated);
      expect(times.at(-1)?.attributes.get("datetime")).toBe(latest);
    }
  });
});

describe.each(EDITIONS)("%s edition", (edition) => {
  const t = ui(edition);
  const partPath = (id: string) => (id === "introduction" ? PAGES.home[edition] : sections(edition).find((s) => s.id === id)!.path);
  const glossaryPath = PAGES.glossary[edition];

  test("every glossary entry is linked from the text of at least one page", () => {
    const linked = new Set(
      [PAGES.home[edition], ...sections(edition).map((s) => s.path)].flatMap((path) =>
        only(
          page(path).filter((e) => e.name === "main"),
          `${path}: one main landmark`,
        ).descendants.flatMap((e) => (e.name === "a" && hasClass(e, "term") ? [e.attributes.get("href")!] : [])),
      ),
    );
    expect([...linked].sort()).toEqual(
      glossary(edition)
        .map((g) => `${glossaryPath}#${g.id}`)
        .sort(),
    );
  });

  test("the About page lists the whole log, each entry linking to the part it concerns", () => {
    const elements = page(PAGES.about[edition]);
    const heading = only(
      elements.filter((e) => e.name === "h2" && flat(e.text).trim() === t.correctionsHeading),
      "one log heading",
    );
    const log = only(
      elements.filter((e) => e.name === "section" && e.attributes.get("aria-labelledby") === heading.attributes.get("id")),
      "one log section named by its heading",
    );
    expect(log.descendants.filter((e) => e.name === "li")).toHaveLength(corrections(edition).length);
    // Grouped by day: each date once, as a heading over its entries.
    const dates = log.descendants.filter((e) => e.name === "time").map((e) => e.attributes.get("datetime"));
    expect(dates).toEqual([...new Set(corrections(edition).map((c) => c.published))]);
    expect(log.descendants.filter((e) => e.name === "h3")).toHaveLength(dates.length);
    for (const c of corrections(edition)) {
      const item = only(
        elements.filter((e) => e.attributes.get("id") === `correction-${c.id}`),
        `correction-${c.id}`,
      );
      expect(flat(item.text)).toContain(flat(c.text));
      if (c.part) {
        const links = item.descendants.filter((e) => e.name === "a");
        expect(links.map((a) => a.attributes.get("href"))).toEqual([`${partPath(c.part)}${c.passage ? `#${c.passage}` : ""}`]);
      } else {
        expect(item.text).toContain(t.correctionWholeSite);
      }
    }
  });
});
