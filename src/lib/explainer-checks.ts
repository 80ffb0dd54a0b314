/**
 * The checks `buildExplainer` composes, each a pure function from part of the content to the problems
 * it finds (none: an empty list), every problem naming its file and field. What a body may contain is
 * checked before any of this, by the content gate (src/lib/content-gate.ts), in the loader and the compiler.
 */
import { reservedSlugs } from "../i18n/locales";
import {
  entriesOf,
  LISTS,
  type Entries,
  type ListCollection,
  type ListInputs,
  type ListName,
  type Reference,
} from "./collections";
import { CONTENT_REGISTRY, type ContentRegistry } from "../components/content/registry";
import { ContentError } from "./content-error";
import { ChronologyError, sortChronologically } from "./dates";
import { eventAnchor, figureAnchor, INTRODUCTION_ID } from "./permalinks";
import type { CorrectionData, EventData, GlossaryData } from "./schemas";

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** What the checks and the explainer know of a part (the introduction or a section) of an edition. */
export interface Part {
  id: string;
  file: string;
  title: string;
  /** The section's short name; undefined for the introduction, whose name is the edition's "Overview". */
  navTitle: string | undefined;
  /** Its place in the story: 0 for the introduction. */
  order: number;
  published: string;
  updated: string;
  headings: Heading[];
  /** Ids of its `<Passage id="...">` blocks, in order, duplicates kept. */
  passages: string[];
  /** Passages written inside another passage, as [inner, outer]. */
  nested: [string, string][];
  /** Ids of its `<Term id="...">` links, in order, duplicates kept. */
  terms: string[];
  /** The content components its body uses. */
  components: string[];
  /** Words a reader reads. */
  words: number;
}

/** The parts by id: the introduction, then the sections. */
export type Parts = ReadonlyMap<string, Part>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A passage id is a slug used once in its file, and no passage holds another. */
export function passageProblems(part: Part): ContentError[] {
  const problems: ContentError[] = [];
  const seen = new Set<string>();
  for (const id of part.passages) {
    if (seen.has(id)) problems.push(new ContentError(part.file, `<Passage id="${id}">`, "the id is used twice in this file"));
    if (!SLUG.test(id)) {
      problems.push(
        new ContentError(part.file, `<Passage id="${id}">`, "the id must be lowercase letters, digits and single hyphens"),
      );
    }
    seen.add(id);
  }
  for (const [inner, outer] of part.nested) {
    problems.push(
      new ContentError(
        part.file,
        `<Passage id="${inner}">`,
        `it is inside <Passage id="${outer}">; a passage cannot hold another: point at "${outer}" instead`,
      ),
    );
  }
  return problems;
}

/** Ids that would clash with a page of their own. */
const RESERVED_SECTION_IDS = new Set([INTRODUCTION_ID, ...reservedSlugs("en")]);

/** A section's file name is not the name of another page, and no two sections share a place in the story. */
export function sectionProblems(sections: readonly { id: string; file: string; data: { order: number } }[]): ContentError[] {
  const problems: ContentError[] = [];
  const byOrder = new Map<number, string>();
  for (const { id, file, data } of sections) {
    if (RESERVED_SECTION_IDS.has(id)) {
      problems.push(new ContentError(file, "file name", `"${id}" is reserved for another page; rename the file`));
    }
    const clash = byOrder.get(data.order);
    if (clash) problems.push(new ContentError(file, 'field "order"', `${data.order} is already the order of ${clash}`));
    else byOrder.set(data.order, file);
  }
  return problems;
}

/** The part a reference names exists, and so does the passage it names in it. */
export function referenceProblem(file: string, what: string, ref: Reference, parts: Parts): ContentError | undefined {
  const part = parts.get(ref.section);
  if (!part) {
    const known = [...parts.keys()].join(", ");
    return new ContentError(file, `${what}, field "${ref.field}"`, `no section "${ref.section}" (known: ${known})`);
  }
  if (ref.passage === undefined || part.passages.includes(ref.passage)) return undefined;
  const known = part.passages.length ? part.passages.join(", ") : "none";
  return new ContentError(
    file,
    `${what}, field "passage"`,
    `${part.file} has no <Passage id="${ref.passage}"> (its passages: ${known})`,
  );
}

/** Every part and passage that an entry of any list points at exists (src/lib/collections.ts says where each points). */
export function referenceProblems(lists: ListInputs, parts: Parts): ContentError[] {
  return entriesOf(LISTS).flatMap(([name, spec]: [ListName, ListCollection]) => {
    const entries: Entries<{ id: string }> = lists[name];
    return entries.flatMap(({ file, data }) =>
      spec.references(data).flatMap((ref) => {
        const what = `${spec.item} "${data.id}"${ref.at ? `, ${ref.at}` : ""}`;
        return referenceProblem(file, what, ref, parts) ?? [];
      }),
    );
  });
}

/** Only the first of the entries that claim a role only one may have (the pivot, the host) keeps it. */
export function onlyOneProblems(claimants: Entries<{ id: string }>, kind: string, role: string): ContentError[] {
  const [first, ...extras] = claimants;
  return extras.map(
    (extra) =>
      new ContentError(
        extra.file,
        `${kind} "${extra.data.id}", field "${role}"`,
        `only one ${kind} can be the ${role}; "${first?.data.id}" already is`,
      ),
  );
}

/**
 * A log entry about a passage names its part; an entry about a part is not older than the part, and the
 * part's `updated` is not older than the entry (the date readers see follows the log).
 */
export function logProblems(corrections: Entries<CorrectionData>, parts: Parts): ContentError[] {
  return corrections.flatMap(({ file, data }) => {
    const what = `entry "${data.id}"`;
    if (data.part === undefined) {
      return data.passage === undefined
        ? []
        : [new ContentError(file, `${what}, field "passage"`, 'a passage needs the part it is in (field "part")')];
    }
    const part = parts.get(data.part);
    if (!part) return [];
    const problems: ContentError[] = [];
    if (data.published < part.published) {
      problems.push(
        new ContentError(
          file,
          `${what}, field "published"`,
          `${data.published} is before ${data.part} was published (${part.published})`,
        ),
      );
    }
    if (part.updated < data.published) {
      problems.push(
        new ContentError(
          part.file,
          'field "updated"',
          `${part.updated} is before the log entry "${data.id}" of ${data.published} in ${file}; set it to ${data.published} or later`,
        ),
      );
    }
    return problems;
  });
}

/** Every `<Term>` has an entry in the glossary, and every entry has a `<Term>` on some page. */
export function termProblems(
  parts: Parts,
  glossary: Entries<GlossaryData>,
  /** Bodies that are not parts of the story (the About page), whose terms link to the glossary too. */
  others: readonly { file: string; terms: string[] }[] = [],
): ContentError[] {
  const problems: ContentError[] = [];
  const ids = new Set(glossary.map((entry) => entry.data.id));
  const linked = new Set<string>();
  for (const part of [...parts.values(), ...others]) {
    for (const id of part.terms) {
      linked.add(id);
      if (!ids.has(id)) {
        const known = glossary.length ? [...ids].join(", ") : "the glossary is empty";
        problems.push(new ContentError(part.file, `<Term id="${id}">`, `no entry "${id}" in glossary.yaml (known: ${known})`));
      }
    }
  }
  for (const { file, data } of glossary) {
    if (!linked.has(data.id)) {
      problems.push(
        new ContentError(
          file,
          `entry "${data.id}"`,
          `no page links to it; wrap its first mention in <Term id="${data.id}">…</Term>`,
        ),
      );
    }
  }
  return problems;
}

/** Every era follows an event of the timeline, and each chain of eras reaches a dated event. */
/** A part may not use a component that fills in another page's values (the About page's dates, questions, tracker). */
export function pageOnlyProblems(part: Part, registry: ContentRegistry = CONTENT_REGISTRY): ContentError[] {
  return part.components.flatMap((name) => {
    const page = Object.hasOwn(registry.components, name) ? registry.components[name]?.onlyIn : undefined;
    return page === undefined
      ? []
      : [
          new ContentError(
            part.file,
            `<${name}>`,
            `fills in a value of the ${page} page: it belongs in content/${page}.mdx only`,
          ),
        ];
  });
}

export function chronologyProblems(events: Entries<EventData>): ContentError[] {
  try {
    sortChronologically(events.map((e) => e.data));
    return [];
  } catch (error) {
    if (!(error instanceof ChronologyError)) throw error;
    const file = events.find((e) => e.data.id === error.eventId)?.file ?? "timeline";
    return [new ContentError(file, `event "${error.eventId}", field "when.after"`, error.message)];
  }
}

/** Every fragment id on one page (headings, passages, figure cards, events) is unique there. */
export function pageIdProblems(part: Part, figureIds: readonly string[], eventIds: readonly string[]): ContentError[] {
  const problems: ContentError[] = [];
  const owners = new Map<string, string>();
  const claim = (id: string, owner: string) => {
    const previous = owners.get(id);
    if (previous && previous !== owner) {
      problems.push(new ContentError(part.file, owner, `its id "${id}" is also the id of ${previous} on the same page`));
    }
    owners.set(id, owner);
  };
  for (const h of part.headings) claim(h.slug, `heading "${h.text}"`);
  for (const p of part.passages) claim(p, `<Passage id="${p}">`);
  for (const id of figureIds) claim(figureAnchor(id), `figure "${id}"`);
  for (const id of eventIds) claim(eventAnchor(id), `event "${id}"`);
  return problems;
}
