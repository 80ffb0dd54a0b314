/**
 * What any component of a page may read without props: the edition, its dictionary, the page's own
 * address and the names to mark in another language. The route page sets it on `Astro.locals.route`
 * before its children render, as Starlight does with its route data; `src/env.d.ts` types it.
 *
 * Why locals and not props for these three: some twenty small components need only the edition's words,
 * and the MDX components (Term, the headings) are called by a body's own `Content`, which cannot hand
 * them props. Everything a component shows (sections, figures, alternates) still comes as props. A test
 * renders a component with `locals: { route: routeContextFor("en") }` (Container API).
 */
import { ui, type Dictionary } from "../i18n";
import type { Locale } from "../i18n/locales";
import type { ForeignName } from "./foreign-names";

export interface RouteContext {
  locale: Locale;
  /** The page's own address ("/es/glosario/"), so a link to it can be left out. */
  path: string;
  /** Names in another language than the edition's, to mark with `lang` (src/lib/foreign-names.ts). */
  foreignNames: ForeignName[];
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
