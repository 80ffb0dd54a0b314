import { defineCollection } from "astro:content";
import type { z } from "astro/zod";
import { gatedGlob } from "./lib/gated-glob";
import {
  correctionSchema,
  correctionTranslationSchema,
  eventTranslationSchema,
  figureTranslationSchema,
  glossaryTranslationSchema,
  introductionTranslationSchema,
  questionTranslationSchema,
  sectionTranslationSchema,
  eventSchema,
  figureSchema,
  glossarySchema,
  placeSchema,
  introductionSchema,
  questionSchema,
  sectionSchema,
} from "./lib/schemas";
import { yamlListLoader } from "./lib/yaml-list-loader";

/** The content folder; the tests and the benchmark point it elsewhere. */
const contentDir = (process.env["CENTSEC_CONTENT_DIR"] ?? "./content").replace(/\/$/, "");

/** MDX files under `base` matching `pattern`, each checked by the content gate and `schema`. */
const mdx = <S extends z.ZodType>(pattern: string, base: string, schema: S) =>
  defineCollection({ loader: gatedGlob({ pattern, base }, schema), schema });

/** A YAML list file of content/, each item checked by `schema`; an optional file may be absent. */
const list = <S extends z.ZodType>(file: string, schema: S, kind: string, optional = false) =>
  defineCollection({ loader: yamlListLoader(`${contentDir}/${file}`, schema, kind, { optional }), schema });

export const collections = {
  introduction: mdx("introduction.mdx", contentDir, introductionSchema),
  sections: mdx("*.mdx", `${contentDir}/sections`, sectionSchema),
  figures: list("figures.yaml", figureSchema, "figure"),
  timeline: list("timeline.yaml", eventSchema, "event"),
  // Optional files: a content folder without them (the benchmark's) has no log, questions or glossary.
  corrections: list("corrections.yaml", correctionSchema, "entry", true),
  questions: list("questions.yaml", questionSchema, "question", true),
  glossary: list("glossary.yaml", glossarySchema, "entry", true),
  places: list("places.yaml", placeSchema, "place"),
  // The Spanish edition: the words only, joined to the English entries by id (src/lib/translation.ts).
  // Its lists may be absent here: a missing file is reported entry by entry, by name, when they are joined.
  esIntroduction: mdx("introduction.mdx", `${contentDir}/es`, introductionTranslationSchema),
  esSections: mdx("*.mdx", `${contentDir}/es/sections`, sectionTranslationSchema),
  esFigures: list("es/figures.yaml", figureTranslationSchema, "figure", true),
  esTimeline: list("es/timeline.yaml", eventTranslationSchema, "event", true),
  esCorrections: list("es/corrections.yaml", correctionTranslationSchema, "entry", true),
  esQuestions: list("es/questions.yaml", questionTranslationSchema, "question", true),
  esGlossary: list("es/glossary.yaml", glossaryTranslationSchema, "entry", true),
};
