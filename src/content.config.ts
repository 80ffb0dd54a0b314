import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { eventSchema, figureSchema, introductionSchema, sectionSchema } from "./lib/schemas";
import { yamlListLoader } from "./lib/yaml-list-loader";

/** The content folder; the tests and the benchmark point it elsewhere. */
const contentDir = (process.env["CENTSEC_CONTENT_DIR"] ?? "./content").replace(/\/$/, "");

export const collections = {
  introduction: defineCollection({
    loader: glob({ pattern: "introduction.mdx", base: contentDir }),
    schema: introductionSchema,
  }),
  sections: defineCollection({
    loader: glob({ pattern: "*.mdx", base: `${contentDir}/sections` }),
    schema: sectionSchema,
  }),
  figures: defineCollection({
    loader: yamlListLoader(`${contentDir}/figures.yaml`),
    schema: figureSchema,
  }),
  timeline: defineCollection({
    loader: yamlListLoader(`${contentDir}/timeline.yaml`),
    schema: eventSchema,
  }),
};
