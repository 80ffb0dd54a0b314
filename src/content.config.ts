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
} from "./lib/collections";
import { gatedGlob } from "./lib/gated-glob";
import { yamlListLoader } from "./lib/yaml-list-loader";

/** The content folder; the tests and the benchmark point it elsewhere. */
const contentDir = (process.env["CENTSEC_CONTENT_DIR"] ?? "./content").replace(/\/$/, "");

type Edition = Exclude<Locale, "en">;
const EDITIONS = LOCALES.filter((l): l is Edition => l !== "en");

/**
 * One Astro collection of `spec`'s files in `dir`, each checked by `schema`: MDX through the content
 * gate, a YAML list item by item. An edition's files may be absent here: a missing one is reported
 * entry by entry, by name, when the edition is joined to the English (src/lib/translation.ts).
 */
function collectionOf<S extends z.ZodType>(spec: PartCollection | ListCollection, dir: string, schema: S, optional: boolean) {
  const loader: Loader =
    spec.format === "mdx"
      ? gatedGlob({ pattern: spec.pattern, base: spec.dir ? `${dir}/${spec.dir}` : dir }, schema)
      : yamlListLoader(`${dir}/${spec.file}`, schema, spec.item, { optional });
  return defineCollection({ loader, schema });
}

type Table = typeof PARTS & typeof LISTS;
type Translated = { [K in keyof Table]: Table[K] extends { translation: { schema: z.ZodType } } ? K : never }[keyof Table];
type Collections = { [K in keyof Table]: CollectionConfig<Table[K]["schema"]> } & {
  [K in Translated as EditionCollectionName<Edition, K>]: CollectionConfig<NonNullable<Table[K]["translation"]>["schema"]>;
};

const table = [...entriesOf(PARTS), ...entriesOf(LISTS)];

/** Every collection of src/lib/collections.ts, in English and in each other edition (content/<locale>/). */
export const collections = Object.fromEntries([
  ...table.map(([name, spec]) => [name, collectionOf(spec, contentDir, spec.schema, spec.format === "yaml" && spec.optional)]),
  ...EDITIONS.flatMap((locale) =>
    table.flatMap(([name, spec]) =>
      spec.translation
        ? [[editionCollectionName(locale, name), collectionOf(spec, `${contentDir}/${locale}`, spec.translation.schema, true)]]
        : [],
    ),
  ),
]) as Collections;
