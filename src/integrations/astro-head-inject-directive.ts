import type { Plugin } from "vite";

/**
 * Astro marks MDX content modules with its own directive, `"use astro:head-inject"`, which Astro itself
 * reads later to put the content's styles in the page head. Rolldown warns that it does not understand the
 * directive, once per MDX file (Astro bug withastro/astro#18087, open in Astro 7.3.5). Only that one
 * directive's warning is dropped: any other directive, or any other log, still prints.
 */
export function astroHeadInjectDirective(): Plugin {
  return {
    name: "centsec:astro-head-inject-directive",
    onLog(_level, log) {
      if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"')) return false;
      return undefined;
    },
  };
}
