/**
 * Another edition of the explainer, made from the English one and the translated words of content/es/.
 * `translateInput` is pure: it joins each translated file and entry to its English original by id,
 * refuses anything that exists in one language and not the other, or a key figure whose numbers differ
 * between the two (naming the file, the field and the language), and returns an ExplainerInput that
 * buildExplainer checks like the English one.
 */
import { reservedSlugs, type Locale } from "../i18n/locales";
import {
  entriesOf,
  LISTS,
  type Entries,
  type ListCollection,
  type ListInputs,
  type ListName,
  type ListWords,
  type TranslatedListName,
} from "./collections";
import { ContentError, ContentProblems } from "./content-error";
import type { ExplainerInput, PartInput } from "./explainer";
import { INTRODUCTION_ID } from "./permalinks";
import type { AboutTranslation, IntroductionTranslation, SectionTranslation } from "./schemas";

/** An edition's words: its parts, and a list of words for each list the table says it translates. */
export type TranslationInput = {
  /** Where the translated files live, for messages about a missing one: "content/es". */
  dir: string;
  introduction: PartInput<IntroductionTranslation> | undefined;
  sections: PartInput<SectionTranslation>[];
  about: PartInput<AboutTranslation> | undefined;
} & { [K in TranslatedListName]: Entries<ListWords<K>> };

export interface TranslatedInput {
  input: ExplainerInput;
  /** The slug of each part's page in this edition, by section id. */
  slugs: Map<string, string>;
}

export function translateInput(english: ExplainerInput, t: TranslationInput, locale: Locale): TranslatedInput {
  const problems: ContentError[] = [];
  const language = `the ${locale} edition`;

  /** Pairs English entries with their translations by id; reports the ones missing on either side. */
  function join<E extends { id: string }, T extends { id: string }>(
    originals: Entries<E>,
    translations: Entries<T>,
    kind: string,
    fileName: string,
  ): { file: string; originalFile: string; original: E; translation: T }[] {
    const byId = new Map(translations.map((entry) => [entry.data.id, entry]));
    const known = new Set(originals.map((entry) => entry.data.id));
    const joined: { file: string; originalFile: string; original: E; translation: T }[] = [];
    for (const { file, data } of originals) {
      const translation = byId.get(data.id);
      if (translation) {
        joined.push({ file: translation.file, originalFile: file, original: data, translation: translation.data });
      } else {
        problems.push(
          new ContentError(
            `${t.dir}/${fileName}`,
            `${kind} "${data.id}"`,
            `is missing: ${file} has it, and ${language} must translate it (add an item with id: ${data.id})`,
          ),
        );
      }
    }
    for (const { file, data } of translations) {
      if (!known.has(data.id)) {
        const ids = [...known].join(", ") || "none";
        problems.push(
          new ContentError(
            file,
            `${kind} "${data.id}", field "id"`,
            `no English ${kind} has this id (${locale}); the ids in content/${fileName} are: ${ids}`,
          ),
        );
      }
    }
    return joined;
  }

  /** A translated part keeps the English body's passages, in the same order, so shared links land. */
  function samePassages(original: PartInput<unknown>, translated: PartInput<unknown>) {
    const want = original.record.passages;
    const have = translated.record.passages;
    for (const id of want.filter((p) => !have.includes(p))) {
      problems.push(
        new ContentError(
          translated.file,
          `<Passage id="${id}">`,
          `is missing (${locale}): ${original.file} has it, and a link to it must work in both editions`,
        ),
      );
    }
    for (const id of have.filter((p) => !want.includes(p))) {
      problems.push(
        new ContentError(translated.file, `<Passage id="${id}">`, `${original.file} has no passage with this id (${locale})`),
      );
    }
    if (want.length === have.length && want.some((id, i) => have[i] !== id)) {
      problems.push(
        new ContentError(translated.file, "<Passage> order", `must follow ${original.file}: ${want.join(", ")} (${locale})`),
      );
    }
  }

  /** A heading's own id (`## Dates {#dates}`) is an anchor of both editions, like a passage. */
  function sameHeadingIds(original: PartInput<unknown>, translated: PartInput<unknown>) {
    const ownIds = (part: PartInput<unknown>) => part.record.headings.flatMap((h) => (h.id === undefined ? [] : [h.id]));
    const want = ownIds(original);
    const have = ownIds(translated);
    for (const id of want.filter((h) => !have.includes(h))) {
      problems.push(
        new ContentError(
          translated.file,
          `heading {#${id}}`,
          `is missing (${locale}): ${original.file} has a heading with this id, and a link to it must work in both editions`,
        ),
      );
    }
    for (const id of have.filter((h) => !want.includes(h))) {
      problems.push(
        new ContentError(translated.file, `heading {#${id}}`, `${original.file} has no heading with this id (${locale})`),
      );
    }
  }

  /** The checks every translated body passes: the English body's shared anchors, in both editions. */
  function sameAnchors(original: PartInput<unknown>, translated: PartInput<unknown>) {
    samePassages(original, translated);
    sameHeadingIds(original, translated);
  }

  // The introduction.
  let introduction = english.introduction;
  if (!t.introduction) {
    problems.push(
      new ContentError(
        `${t.dir}/introduction.mdx`,
        null,
        `is missing: ${english.introduction.file} has no ${locale} translation`,
      ),
    );
  } else {
    sameAnchors(english.introduction, t.introduction);
    introduction = {
      ...t.introduction,
      id: INTRODUCTION_ID,
      data: {
        ...english.introduction.data,
        ...t.introduction.data,
        // The source's kind and dates are the English file's; only its words are translated.
        source: { ...english.introduction.data.source, ...t.introduction.data.source },
      },
    };
  }

  // The parts: the same file names, a unique slug each.
  const translatedSections = new Map(t.sections.map((s) => [s.id, s]));
  const slugs = new Map<string, string>();
  const slugOwners = new Map<string, string>();
  const sections: ExplainerInput["sections"] = [];
  for (const original of english.sections) {
    const translated = translatedSections.get(original.id);
    if (!translated) {
      problems.push(
        new ContentError(
          `${t.dir}/sections/${original.id}.mdx`,
          null,
          `is missing: ${original.file} has no ${locale} translation (every part exists in both editions)`,
        ),
      );
      continue;
    }
    sameAnchors(original, translated);
    const { slug, ...words } = translated.data;
    const owner = slugOwners.get(slug);
    if (owner) {
      problems.push(new ContentError(translated.file, 'field "slug"', `"${slug}" is already the slug of ${owner}`));
    } else if (reservedSlugs(locale).has(slug)) {
      problems.push(new ContentError(translated.file, 'field "slug"', `"${slug}" is reserved for another page; choose another`));
    }
    slugOwners.set(slug, translated.file);
    slugs.set(original.id, slug);
    sections.push({ ...translated, data: { ...original.data, ...words } });
  }
  for (const translated of t.sections) {
    if (!english.sections.some((s) => s.id === translated.id)) {
      problems.push(
        new ContentError(
          translated.file,
          "file name",
          `no English part is called "${translated.id}" (${locale}); name the file after its English original in content/sections/`,
        ),
      );
    }
  }

  // The About page.
  let about = english.about;
  if (!t.about) {
    problems.push(new ContentError(`${t.dir}/about.mdx`, null, `is missing: ${english.about.file} has no ${locale} translation`));
  } else {
    sameAnchors(english.about, t.about);
    about = { ...t.about, id: english.about.id, data: { ...english.about.data, ...t.about.data } };
  }

  // The lists, as the table declares them: each English entry with its translated words.
  const entry = (spec: ListCollection, id: string, field: string) => `${spec.item} "${id}", field "${field}"`;
  const wordsOf = (name: ListName): Entries<{ id: string }> => (name in t ? t[name as TranslatedListName] : []);
  const lists = Object.fromEntries(
    entriesOf(LISTS).map(([name, spec]: [ListName, ListCollection]) => {
      const originals: Entries<{ id: string }> = english[name];
      for (const { file, data } of originals) {
        const missing = spec.localized?.(data, locale);
        if (missing) problems.push(new ContentError(file, entry(spec, data.id, missing.field), missing.problem));
      }
      const translation = spec.translation;
      if (!translation) return [name, originals];
      const joined = join(originals, wordsOf(name), spec.item, spec.file).map(
        ({ file, originalFile, original, translation: words }) => {
          const lost = translation.check?.(original, words, locale, originalFile);
          if (lost) problems.push(new ContentError(file, entry(spec, original.id, lost.field), lost.problem));
          return { file, data: translation.merge ? translation.merge(original, words) : { ...original, ...words } };
        },
      );
      return [name, joined];
    }),
  ) as ListInputs;

  if (problems.length > 0) throw new ContentProblems(problems);
  return { input: { introduction, sections, about, ...lists }, slugs };
}
