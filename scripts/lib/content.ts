/**
 * A reading of content/ independent of the site's code, for what each page must show (the browser tests
 * and Lighthouse's list of pages use it); the pages' addresses in every edition come from the site's
 * table of pages, src/lib/alternates.ts. Each reader takes an edition: the Spanish one is the English
 * data with the words of content/es/, joined by id.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { sitePages, type HtmlPage } from "../../src/lib/alternates";

const CONTENT = process.env["CENTSEC_CONTENT_DIR"] ?? "content";

export type Edition = "en" | "es";
export const EDITIONS: Edition[] = ["en", "es"];

/** The edition of a page: everything under /es/ is Spanish. */
export const editionOf = (path: string): Edition => (path === "/es/" || path.startsWith("/es/") ? "es" : "en");

/** The site's name in each edition, as readers see it in titles and previews. */
export const SITE_NAME: Record<Edition, string> = { en: "CENTSEC 2025 explained", es: "Claves de la CENTSEC 2025" };

/**
 * Pages that are not parts, in each edition, with their counterparts: from the site's own table of pages
 * (src/lib/alternates.ts), the one that gives the layout its hreflang links and the sitemap its entries,
 * fed with this file's own reading of each edition's parts.
 */
const SITE_PAGES = sitePages(Object.fromEntries(EDITIONS.map((e) => [e, sections(e)])) as Record<Edition, SectionFacts[]>);

export const PAGES = Object.fromEntries(
  SITE_PAGES.flatMap(({ ref, paths }) => ("page" in ref ? [[ref.page, paths]] : [])),
) as Record<HtmlPage, Record<Edition, string>>;

/** A page's address in another edition: counterpart("/borders/", "es") is "/es/fronteras/". */
export function counterpart(path: string, edition: Edition): string {
  const page = SITE_PAGES.find(({ paths }) => Object.values(paths).includes(path));
  if (!page) throw new Error(`the site has no page ${path}`);
  return page.paths[edition];
}

export interface SectionFacts {
  id: string;
  /** Its page in the edition asked for: "/borders/", "/es/fronteras/". */
  path: string;
  title: string;
  navTitle: string;
  standfirst: string;
  takeaway: string;
  order: number;
  published: string;
}

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]!) as Record<string, unknown>;
}

/** The Spanish words of one file, by id, laid over the English entries. */
function translated<T extends { id: string }>(english: T[], edition: Edition, file: string): T[] {
  if (edition === "en") return english;
  const words = new Map(optionalList<{ id: string }>(join(edition, file)).map((w) => [w.id, w]));
  return english.map((entry) => {
    const { id: _id, ...rest } = (words.get(entry.id) ?? {}) as Record<string, unknown>;
    if ("era" in rest && "when" in entry) {
      const { era, ...others } = rest;
      return { ...entry, ...others, when: { ...(entry.when as object), era } };
    }
    return { ...entry, ...rest };
  });
}

export function sections(edition: Edition = "en"): SectionFacts[] {
  const dir = join(CONTENT, "sections");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const id = f.replace(/\.mdx$/, "");
      const english = frontmatter(join(dir, f)) as Omit<SectionFacts, "id" | "path">;
      if (edition === "en") return { id, path: `/${id}/`, ...english };
      const { slug, ...words } = frontmatter(join(CONTENT, edition, "sections", f)) as Record<string, string>;
      return { ...english, ...words, id, path: `/${edition}/${slug}/` } as SectionFacts;
    })
    .sort((a, b) => a.order - b.order);
}

export function introduction(edition: Edition = "en"): {
  title: string;
  standfirst: string;
  takeaway: string;
  conference: { name: string; shortName: string; place: string };
  source: { name: string; description: string; line: string; siteLine: string };
} {
  return frontmatter(join(CONTENT, edition === "en" ? "" : edition, "introduction.mdx")) as ReturnType<typeof introduction>;
}

export function figures(
  edition: Edition = "en",
): { id: string; value: string; label: string; section: string; passage: string }[] {
  return translated(parse(readFileSync(join(CONTENT, "figures.yaml"), "utf8")), edition, "figures.yaml");
}

export function events(
  edition: Edition = "en",
): { id: string; text: string; section: string; passage?: string; when: Record<string, unknown> }[] {
  return translated(parse(readFileSync(join(CONTENT, "timeline.yaml"), "utf8")), edition, "timeline.yaml");
}

function optionalList<T>(file: string): T[] {
  try {
    return parse(readFileSync(join(CONTENT, file), "utf8")) ?? [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

export interface CorrectionFacts {
  id: string;
  published: string;
  kind: string;
  part?: string;
  passage?: string;
  text: string;
}

export function corrections(edition: Edition = "en"): CorrectionFacts[] {
  return translated(optionalList<CorrectionFacts>("corrections.yaml"), edition, "corrections.yaml");
}

export function questions(edition: Edition = "en"): { id: string; part: string; passage?: string; text: string }[] {
  return translated(
    optionalList<{ id: string; part: string; passage?: string; text: string }>("questions.yaml"),
    edition,
    "questions.yaml",
  );
}

export function glossary(edition: Edition = "en"): {
  id: string;
  term: string;
  part: string;
  passage?: string;
  says: string;
  unexplained?: string;
}[] {
  return translated(optionalList("glossary.yaml"), edition, "glossary.yaml");
}
