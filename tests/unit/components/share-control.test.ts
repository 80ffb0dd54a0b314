import { expect, test } from "vitest";
import ShareControl from "../../../src/components/ShareControl.astro";
import { renderComponent } from "./render";

const props = {
  url: "https://example.org/borders/",
  href: "/borders/",
  title: "Borders under pressure",
  label: "Share this section",
};

test("is a plain link to the permalink for readers without JavaScript, and a button for those with it", async () => {
  const html = await renderComponent(ShareControl, props);
  expect(html).toMatch(/<a href="\/borders\/"[^>]*class="[^"]*without-scripting/);
  expect(html).toMatch(/<button type="button"[^>]*class="[^"]*with-scripting/);
  expect(html).toContain('data-share="share"');
  expect(html).toContain('data-url="https://example.org/borders/"');
  expect(html).toMatch(/<span data-share-status role="status"/);
});

test("in copy mode it names what it copies and has no icon", async () => {
  const html = await renderComponent(ShareControl, {
    ...props,
    mode: "copy",
    label: "Copy link",
    accessibleLabel: "Copy link to the figure 90%",
  });
  expect(html).toContain('data-share="copy"');
  expect(html.match(/aria-label="Copy link to the figure 90%"/g)).toHaveLength(2);
  expect(html).not.toContain("<svg");
});
