import { expect, test } from "vitest";
import ShareControl from "../../../src/components/ShareControl.astro";
import { renderComponent } from "./render";

const props = {
  url: "https://example.org/borders/",
  title: "Borders under pressure",
  label: "Share this section",
};

test("shows the address as selectable text for readers without JavaScript, and a button for those with it", async () => {
  const html = await renderComponent(ShareControl, props);
  expect(html).not.toContain("<a ");
  expect(html).toMatch(
    /class="without-scripting[^"]*">\s*Link to this page: <span class="select-all[^"]*">https:\/\/example.org\/borders\/<\/span>/,
  );
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
  expect(html.match(/aria-label="Copy link to the figure 90%"/g)).toHaveLength(1);
  expect(html).not.toContain("<svg");
  // Without JavaScript a copy control is left out: nothing but the button (hidden then) and its status.
  expect(html).not.toContain("without-scripting");
});
