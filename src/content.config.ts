import { defineCollection } from "astro:content";
import { gatedGlob } from "./lib/gated-glob";
import {
  correctionSchema,
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
};
