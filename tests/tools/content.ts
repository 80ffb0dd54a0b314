/** The tests' own reading of content/, independent of the site's code, for what each page must show. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const CONTENT = process.env["CENTSEC_CONTENT_DIR"] ?? "content";

export interface SectionFacts {
  id: string;
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

export function sections(): SectionFacts[] {
  const dir = join(CONTENT, "sections");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => ({ id: f.replace(/\.mdx$/, ""), ...(frontmatter(join(dir, f)) as Omit<SectionFacts, "id">) }))
    .sort((a, b) => a.order - b.order);
}

export function introduction(): { title: string; standfirst: string; takeaway: string } {
  return frontmatter(join(CONTENT, "introduction.mdx")) as { title: string; standfirst: string; takeaway: string };
}

export function figures(): { id: string; value: string; label: string; section: string; passage: string }[] {
  return parse(readFileSync(join(CONTENT, "figures.yaml"), "utf8"));
}

export function events(): { id: string; text: string; section: string; passage?: string; when: Record<string, unknown> }[] {
  return parse(readFileSync(join(CONTENT, "timeline.yaml"), "utf8"));
}

const optionalList = <T>(file: string): T[] => {
  try {
    return parse(readFileSync(join(CONTENT, file), "utf8")) ?? [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
};

export interface CorrectionFacts {
  id: string;
  published: string;
  kind: string;
  part?: string;
  passage?: string;
  text: string;
}

export function corrections(): CorrectionFacts[] {
  return optionalList("corrections.yaml");
}

export function questions(): { id: string; part: string; passage?: string; text: string }[] {
  return optionalList("questions.yaml");
}

export function glossary(): {
  id: string;
  term: string;
  part: string;
  passage?: string;
  says: string;
  unexplained?: string;
}[] {
  return optionalList("glossary.yaml");
}
