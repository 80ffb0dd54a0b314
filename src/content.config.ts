import { defineCollection } from "astro:content";
import type { CollectionConfig } from "astro/content/config";
import type { Loader } from "astro/loaders";
import type { z } from "astro/zod";
import { LOCALES, type Locale } from "./i18n/locales";
import {
  editionCollectionName,
  entriesOf,
  LISTS,
  PARTS,
  type EditionCollectionName,
  type ListCollection,
  type PartCollection,
  type PartName,
} from "./lib/collections";
import { editionDir } from "./lib/content-dir";
import type { BodyRecord } from "./lib/content-gate";
import { gatedGlob } from "./lib/gated-glob";
import { yamlListLoader } from "./lib/yaml-list-loader";

type Edition = Exclude<Locale, "en">;
const EDITIONS = LOCALES.filter((l): l is Edition => l !== "en");

/** Where an MDX collection's files are in the content folder `dir` (content/ or an edition's content/<locale>/). */
const globOf = (spec: PartCollection, dir: string) => ({ pattern: spec.pattern, base: spec.dir ? `${dir}/${spec.dir}` : dir });

/** Every MDX source of every edition: each gated collection checks them all, to report every problem at once. */
const gated = ["en", ...EDITIONS].map(editionDir).flatMap((dir) => Object.values(PARTS).map((spec) => globOf(spec, dir)));

/**
 * One Astro collection of `spec`'s files in `dir`, each checked by `schema`: MDX through the content
 * gate, a YAML list item by item. An edition's files may be absent here: a missing one is reported
 * entry by entry, by name, when the edition is joined to the English (src/lib/translation.ts).
 */
function collectionOf(spec: PartCollection | ListCollection, dir: string, schema: z.ZodType, optional: boolean) {
  const loader: Loader =
    spec.format === "mdx"
      ? gatedGlob(globOf(spec, dir), schema, gated)
      : yamlListLoader(`${dir}/${spec.file}`, schema, spec.item, { optional });
  return defineCollection({ loader, schema });
}

type Table = typeof PARTS & typeof LISTS;
type Translated = { [K in keyof Table]: Table[K] extends { translation: { schema: z.ZodType } } ? K : never }[keyof Table];
/**
 * What the store holds for a collection of `K` checked by `S`. A part's data also has the content gate's
 * record of its body, which its loader adds (src/lib/gated-glob.ts): the schema, which is the authors'
 * (and their editor's), does not list it.
 */
type Stored<K, S extends z.ZodType> = K extends PartName ? z.ZodType<z.output<S> & { bodyRecord: BodyRecord }> : S;
type Collections = { [K in keyof Table]: CollectionConfig<Stored<K, Table[K]["schema"]>> } & {
  [K in Translated as EditionCollectionName<Edition, K>]: CollectionConfig<
    Stored<K, NonNullable<Table[K]["translation"]>["schema"]>
  >;
};

const table = [...entriesOf(PARTS), ...entriesOf(LISTS)];

/** Every collection of src/lib/collections.ts, in English and in each other edition (content/<locale>/). */
export const collections = Object.fromEntries([
  ...table.map(([name, spec]) => [
    name,
    collectionOf(spec, editionDir("en"), spec.schema, spec.format === "yaml" && spec.optional),
  ]),
  ...EDITIONS.flatMap((locale) =>
    table.flatMap(([name, spec]) =>
      spec.translation
        ? [[editionCollectionName(locale, name), collectionOf(spec, editionDir(locale), spec.translation.schema, true)]]
        : [],
    ),
  ),
]) as Collections;
