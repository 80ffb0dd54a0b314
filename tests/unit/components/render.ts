import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { Figure, TimelineEvent } from "../../../src/lib/explainer";

export async function renderComponent(
  component: Parameters<AstroContainer["renderToString"]>[0],
  props: Record<string, unknown>,
) {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props });
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
