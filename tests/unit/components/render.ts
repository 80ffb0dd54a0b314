import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { pagePath, type Locale } from "../../../src/i18n";
import type { Figure, TimelineEvent } from "../../../src/lib/explainer";
import type { ForeignName } from "../../../src/lib/foreign-names";
import type { RouteContext } from "../../../src/lib/route-context";

/** What the route page puts on Astro.locals for its components: an edition's home page by default. */
export const routeContextFor = (locale: Locale, foreignNames: ForeignName[] = []): RouteContext => ({
  locale,
  path: pagePath("home", locale),
  foreignNames,
});

/** A component rendered with plain props, as the route page's children are (the English edition unless told). */
export async function renderComponent(
  component: Parameters<AstroContainer["renderToString"]>[0],
  props: Record<string, unknown>,
  { route = routeContextFor("en"), slots, site }: { route?: RouteContext; slots?: Record<string, string>; site?: URL } = {},
) {
  const container = await AstroContainer.create(site ? { astroConfig: { site: site.href } } : {});
  return container.renderToString(component, { props, locals: { route }, ...(slots ? { slots } : {}) });
}

export function figure(overrides: Partial<Figure> = {}): Figure {
  return {
    id: "darien-crossings",
    kind: "percentage",
    value: "90%",
    label: "drop in crossings through Panama’s Darién Gap since 2023",
    section: "borders",
    passage: "darien-gap",
    anchor: "figure-darien-crossings",
    permalink: "/borders/#figure-darien-crossings",
    href: "/borders/#darien-gap",
    sectionTitle: "Borders under pressure",
    sectionNavTitle: "Borders",
    ...overrides,
  };
}

export function event(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: "darien-decline-begins",
    anchor: "event-darien-decline-begins",
    permalink: "/borders/#event-darien-decline-begins",
    when: { year: 2023 },
    label: "2023",
    datetime: "2023",
    text: "Crossings begin to fall.",
    section: "borders",
    sectionTitle: "Borders under pressure",
    sectionNavTitle: "Borders",
    href: "/borders/#darien-gap",
    pivot: false,
    ...overrides,
  };
}

/** Text content of an HTML string: tags removed, whitespace folded. */
export function textOf(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
