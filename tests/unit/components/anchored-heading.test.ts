import { expect, test } from "vitest";
import AnchoredHeading from "../../../src/components/content/AnchoredHeading.astro";
import { renderComponent } from "./render";

test.each([
  ["plain words", "What Washington asked for", "What Washington asked for"],
  ["markup dropped", "Stability, <em>or</em> a cost?", "Stability, or a cost?"],
  // The heading's text is quoted as the renderer escaped it: each character escaped once, never twice.
  ["ampersand, quotes and angle brackets", "Q&amp;A: &quot;it&#39;s&quot; &lt;5%", "Q&amp;A: &quot;it&#39;s&quot; &lt;5%"],
])("the permalink's name quotes the heading: %s", async (_name, slot, quoted) => {
  const html = await renderComponent(AnchoredHeading, { level: 2, id: "h" }, { slots: { default: slot } });
  expect(html).toContain(`<span class="sr-only">Link to the subheading “${quoted}”</span>`);
});
