import { defineCollection } from "astro:content";
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

export const collections = {
  introduction: defineCollection({
    loader: gatedGlob({ pattern: "introduction.mdx", base: contentDir }, introductionSchema),
    schema: introductionSchema,
  }),
  sections: defineCollection({
    loader: gatedGlob({ pattern: "*.mdx", base: `${contentDir}/sections` }, sectionSchema),
    schema: sectionSchema,
  }),
  figures: defineCollection({
    loader: yamlListLoader(`${contentDir}/figures.yaml`, figureSchema, "figure"),
    schema: figureSchema,
  }),
  timeline: defineCollection({
    loader: yamlListLoader(`${contentDir}/timeline.yaml`, eventSchema, "event"),
    schema: eventSchema,
  }),
  // Optional files: a content folder without them (the benchmark's) has no log, questions or glossary.
  corrections: defineCollection({
    loader: yamlListLoader(`${contentDir}/corrections.yaml`, correctionSchema, "entry", { optional: true }),
    schema: correctionSchema,
  }),
  questions: defineCollection({
    loader: yamlListLoader(`${contentDir}/questions.yaml`, questionSchema, "question", { optional: true }),
    schema: questionSchema,
  }),
  glossary: defineCollection({
    loader: yamlListLoader(`${contentDir}/glossary.yaml`, glossarySchema, "entry", { optional: true }),
    schema: glossarySchema,
  }),
  places: defineCollection({
    loader: yamlListLoader(`${contentDir}/places.yaml`, placeSchema, "place"),
    schema: placeSchema,
  }),

  // The Spanish edition: the words only, joined to the English entries by id (src/lib/translation.ts).
  // Every file is read even when absent, so that a missing one is reported by name, not as a crash.
  esIntroduction: defineCollection({
    loader: gatedGlob({ pattern: "introduction.mdx", base: `${contentDir}/es` }, introductionTranslationSchema),
    schema: introductionTranslationSchema,
  }),
  esSections: defineCollection({
    loader: gatedGlob({ pattern: "*.mdx", base: `${contentDir}/es/sections` }, sectionTranslationSchema),
    schema: sectionTranslationSchema,
  }),
  esFigures: defineCollection({
    loader: yamlListLoader(`${contentDir}/es/figures.yaml`, figureTranslationSchema, "figure", { optional: true }),
    schema: figureTranslationSchema,
  }),
  esTimeline: defineCollection({
    loader: yamlListLoader(`${contentDir}/es/timeline.yaml`, eventTranslationSchema, "event", { optional: true }),
    schema: eventTranslationSchema,
  }),
  esCorrections: defineCollection({
    loader: yamlListLoader(`${contentDir}/es/corrections.yaml`, correctionTranslationSchema, "entry", { optional: true }),
    schema: correctionTranslationSchema,
  }),
  esQuestions: defineCollection({
    loader: yamlListLoader(`${contentDir}/es/questions.yaml`, questionTranslationSchema, "question", { optional: true }),
    schema: questionTranslationSchema,
  }),
  esGlossary: defineCollection({
    loader: yamlListLoader(`${contentDir}/es/glossary.yaml`, glossaryTranslationSchema, "entry", { optional: true }),
    schema: glossaryTranslationSchema,
  }),
};
