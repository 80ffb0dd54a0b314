/**
 * What the pages receive of each list of src/lib/collections.ts once its entry's `resolve` has run, and
 * the link context every `resolve` gets: how an edition names, links and orders its parts. The
 * explainer (src/lib/explainer.ts) builds the links; the table says how each list uses them.
 */
import type { When } from "./dates";
import type { Locale } from "../i18n/locales";
import type { CorrectionData, FigureData, GlossaryData, PlaceData, QuestionData } from "./schemas";

/** How an edition names and links its parts (the introduction and the sections), by part id. */
export interface Links {
  locale: Locale;
  partPath(id: string): string;
  /** A passage, or the part itself when none is given. */
  href(part: string, passage: string | undefined): string;
  title(id: string): string;
  /** The part's short name: a section's navTitle, the edition's "Overview" for the introduction. */
  navTitle(id: string): string;
  /** The part's place in the story: 0 for the introduction. */
  order(id: string): number;
  /** Reading order of an entry: its part's place in the story, then its passage's place in the part, then its id. */
  readingOrder(a: Placed, b: Placed): number;
}

/** An entry that may sit in a part, at a passage. */
export interface Placed {
  id: string;
  part?: string | undefined;
  passage?: string | undefined;
}

export interface Correction extends CorrectionData {
  /** Its entry on the About page: "/about/#correction-darien-attribution". */
  permalink: string;
  /** The part (or passage) it concerns, or undefined for the whole site. */
  href: string | undefined;
  partTitle: string | undefined;
}

export interface Question extends QuestionData {
  href: string;
}

export interface GlossaryEntry extends GlossaryData {
  /** "/glossary/#darien-gap" */
  permalink: string;
  /** Where the article explains it: "/borders/#darien-gap". */
  href: string;
  partTitle: string;
}

export interface Figure extends FigureData {
  anchor: string;
  /** The figure's own permalink, on the page of its section: "/borders/#figure-darien-crossings". */
  permalink: string;
  /** Where the figure is explained: "/borders/#darien-gap". */
  href: string;
  sectionTitle: string;
  /** The section's short name ("Borders"; "Overview" for the introduction), for links in mixed lists. */
  sectionNavTitle: string;
}

export interface TimelineEvent {
  id: string;
  anchor: string;
  /** The event's own permalink, on the page of its section: "/borders/#event-darien-decline-begins". */
  permalink: string;
  when: When;
  label: string;
  /** A valid `<time datetime>` value, or undefined for an era or a decade. */
  datetime: string | undefined;
  text: string;
  section: string;
  sectionTitle: string;
  sectionNavTitle: string;
  href: string;
  pivot: boolean;
}

/** Where a place is mentioned: a passage of a part. */
export interface PlaceMention {
  section: string;
  passage: string;
  href: string;
  sectionTitle: string;
  /** The part's short name ("Borders"; "Overview" for the introduction), for the marker's link name. */
  sectionNavTitle: string;
}

/** A place of the locator map, with its mentions resolved to links, in the order of content/places.yaml. */
export interface Place {
  id: string;
  name: PlaceData["name"];
  kind: PlaceData["kind"];
  lon: number;
  lat: number;
  host: boolean;
  mentions: PlaceMention[];
}
