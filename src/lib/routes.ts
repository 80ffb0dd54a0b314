/** The parts' routes of an edition, for getStaticPaths: /borders/ in English, /es/fronteras/ in Spanish. */
import type { Locale } from "../i18n/locales";
import { loadExplainer } from "./load";

export async function partRoutes(locale: Locale) {
  const { sections } = await loadExplainer(locale);
  return sections.map((section) => ({
    params: { section: section.path.split("/").at(-2)! },
    props: { id: section.id },
  }));
}
