import { describe, expect, test } from "vitest";
import Timeline from "../../../src/components/Timeline.astro";
import { event, renderComponent, textOf } from "./render";

describe("Timeline", () => {
  test("renders nothing for no events", async () => {
    const html = await renderComponent(Timeline, { events: [] });
    expect(html).not.toContain("<ol");
    expect(textOf(html)).toBe("");
  });

  test("renders a single event as an ordered list item with a machine-readable date", async () => {
    const html = await renderComponent(Timeline, { events: [event()] });
    expect(html.match(/<li /g)).toHaveLength(1);
    expect(html).toMatch(
      /<ol[\s\S]*<li[^>]*id="event-darien-decline-begins"[\s\S]*<time[^>]*datetime="2023"[^>]*>\s*2023\s*<\/time>/,
    );
    // On a part page the passage is on the page: one link per event, its date's, and none repeated under it.
    expect(html).not.toContain('href="/borders/#darien-gap"');
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  test("on the home page each event's one link is a quiet tag naming its part; the date is plain", async () => {
    const html = await renderComponent(Timeline, { events: [event()], showSection: true });
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toMatch(
      /<a href="\/borders\/#darien-gap"[^>]*aria-label="Part: Borders, the passage on 2023"[^>]*>\s*Borders\s*<\/a>/,
    );
    expect(html).not.toContain('href="#event-');
  });

  test("explains its marks in a one-line key, out of the accessibility tree, naming only those it uses", async () => {
    const decade = event({ id: "a", anchor: "event-a", when: { decade: 1950 }, label: "1950s", datetime: undefined });
    const era = event({ id: "e", anchor: "event-e", when: { era: "The Cold War", after: "a" }, label: "The Cold War" });
    const all = await renderComponent(Timeline, { events: [decade, era, event()] });
    expect(all).toMatch(/<p aria-hidden="true" class="timeline-key[^"]*">[\s\S]*Decade[\s\S]*Year or day[\s\S]*Undated/);
    const key = (html: string) => textOf(/<p aria-hidden="true" class="timeline-key[\s\S]*?<\/p>/.exec(html)![0]);
    expect(key(await renderComponent(Timeline, { events: [decade, event()] }))).toBe("DecadeYear or day");
  });

  test("the printable list sets dates and text in two columns, with no colon between them", async () => {
    const html = await renderComponent(Timeline, { events: [event()], compact: true });
    expect(html).not.toContain("<a ");
    expect(html).not.toContain("timeline-key");
    expect(textOf(html)).toMatch(/2023 Crossings/);
    expect(textOf(html)).not.toContain(":");
  });

  test("marks a decade as a span and breaks the axis before a gap of decades, out of the accessibility tree", async () => {
    const html = await renderComponent(Timeline, {
      events: [event({ id: "a", anchor: "event-a", when: { decade: 1950 }, label: "1950s", datetime: undefined }), event()],
    });
    expect(html.match(/is-decade/g)).toHaveLength(1);
    expect(html).toMatch(/<li[^>]*id="event-darien-decline-begins"[^>]*class="[^"]*axis-break/);
    expect(html).toMatch(/<span aria-hidden="true" class="timeline-break[^"]*">\s*Decades later\s*<\/span>/);
    expect(html.match(/timeline-break/g)).toHaveLength(1);
  });

  test("an era has no <time>, since it has no date", async () => {
    const html = await renderComponent(Timeline, {
      events: [
        event({
          id: "cold-war",
          anchor: "event-cold-war",
          when: { era: "The Cold War", after: "x" },
          label: "The Cold War",
          datetime: undefined,
        }),
      ],
    });
    expect(html).not.toContain("<time");
    expect(textOf(html)).toContain("The Cold War");
  });

  test("marks the pivot event", async () => {
    const html = await renderComponent(Timeline, {
      events: [event(), event({ id: "c", anchor: "event-c", label: "9 April 2025", datetime: "2025-04-09", pivot: true })],
    });
    expect(html.match(/is-pivot/g)).toHaveLength(1);
    expect(textOf(html)).toContain("The conference");
  });

  test("keeps the given order and names sections on the home page", async () => {
    const html = await renderComponent(Timeline, {
      events: [
        event({ id: "a", anchor: "event-a" }),
        event({ id: "b", anchor: "event-b", sectionTitle: "China’s shadow looms", sectionNavTitle: "China" }),
      ],
      showSection: true,
    });
    expect(html.indexOf("event-a")).toBeLessThan(html.indexOf("event-b"));
    expect(html).toContain('aria-label="Part: China, the passage on 2023"');
    expect(textOf(html)).not.toContain("Part:");
  });
});
