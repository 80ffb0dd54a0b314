/**
 * What any component of a page may read without props: the edition, its dictionary, the page's own
 * address and the names to mark in another language. The route page sets it on `Astro.locals.route`
 * before its children render, as Starlight does with its route data; `src/env.d.ts` types it.
 *
 * Why locals and not props for these three: some twenty small components need only the edition's words,
 * and the MDX components (Term, the headings) are called by a body's own `Content`, which cannot hand
 * them props. Everything a component shows (sections, figures, alternates) still comes as props, except
 * what the About page's own MDX components fill in (`about`), which the route sets for that page alone.
 * A test renders a component with `locals: { route: routeContextFor("en") }` (Container API).
 */
import { ui, type Dictionary } from "../i18n";
import type { Locale } from "../i18n/locales";
import type { Question } from "./explainer";
import type { ForeignName } from "./foreign-names";

export interface RouteContext {
  locale: Locale;
  /** The page's own address ("/es/glosario/"), so a link to it can be left out. */
  path: string;
  /** Names in another language than the edition's, to mark with `lang` (src/lib/foreign-names.ts). */
  foreignNames: ForeignName[];
  /** On the About page only: the values its MDX body's components fill in (src/components/content/). */
  about?: AboutValues;
}

/** A date as a page shows it: in its `<time datetime>` and in the edition's words. */
export interface ShownDate {
  datetime: string;
  label: string;
}

/** What the About page's body fills in: the site's dates, its open questions by part, and where to report an error. */
export interface AboutValues {
  /** `<SiteDate of="published" />` and `<SiteDate of="modified" />`. */
  dates: { published: ShownDate; modified: ShownDate };
  /** `<OpenQuestionsByPart />`: each part that leaves questions open, in reading order. */
  questions: { id: string; title: string; questions: Question[] }[];
  /** `<TrackerLink>`, `<WithTracker>`, `<WithoutTracker>`: the tracker's address, when one is configured (CORRECTIONS_URL). */
  tracker: string | undefined;
}

/** The route context of the page being rendered, with the edition's dictionary: `const { locale, t } = routeContext(Astro.locals)`. */
export function routeContext(locals: App.Locals): RouteContext & { t: Dictionary } {
  const { route } = locals;
  if (!route) {
    throw new Error(
      "Astro.locals.route is not set: render this component inside a route page, or pass `locals: { route }` to the Container API",
    );
  }
  return { ...route, t: ui(route.locale) };
}

/** The About page's values, for a component of its body; anywhere else it stops the build, naming the component. */
export function aboutValues(locals: App.Locals, component: string): AboutValues {
  const { about } = routeContext(locals);
  if (!about) throw new Error(`<${component}> fills in a value of the About page: use it in content/about.mdx only`);
  return about;
}
