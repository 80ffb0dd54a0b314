import { defineCollection } from "astro:content";
import { eventSchema, figureSchema, introductionSchema, placeSchema, sectionSchema } from "./lib/schemas";
import { checkedGlob } from "./lib/checked-data";
import { yamlListLoader } from "./lib/yaml-list-loader";

/** The content folder; the tests and the benchmark point it elsewhere. */
const contentDir = (process.env["CENTSEC_CONTENT_DIR"] ?? "./content").replace(/\/$/, "");

export const collections = {
  introduction: defineCollection({
    loader: checkedGlob({ pattern: "introduction.mdx", base: contentDir }, introductionSchema),
    schema: introductionSchema,
  }),
  sections: defineCollection({
    loader: checkedGlob({ pattern: "*.mdx", base: `${contentDir}/sections` }, sectionSchema),
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
  places: defineCollection({
    loader: yamlListLoader(`${contentDir}/places.yaml`, placeSchema, "place"),
    schema: placeSchema,
  }),
};
