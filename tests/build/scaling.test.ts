import { describe, expect, test } from "vitest";
import { measureBuild, syntheticId } from "../../scripts/bench/scaling";
import { projectCopy, scratchFolder } from "../../scripts/lib/build-site";

// What a build's output does as the story grows, in bytes (deterministic on any machine). How long it
// takes is measured by `npm run bench`, never here: a slower or busier machine must not fail the suite.
describe("build output as sections are added", () => {
  test("a section's page is the same size with 10 sections as with 20, and the whole site grows linearly", async () => {
    // The two builds side by side, one per core, each in its own copy of the project, since each build
    // writes its root's .astro/ folder.
    const copy = scratchFolder("scaling");
    const [ten, twenty] = await Promise.all([
      measureBuild(10, undefined, projectCopy(`${copy.dir}/ten`)),
      measureBuild(20, undefined, projectCopy(`${copy.dir}/twenty`)),
    ]).finally(copy.remove);
    const page = `/${syntheticId(5)}/`;
    const small = ten.pageBytes.get(page);
    const large = twenty.pageBytes.get(page);
    console.log(`${page}: ${small} B with 10 sections, ${large} B with 20; site ${ten.distBytes} B and ${twenty.distBytes} B`);
    expect(small).toBeGreaterThan(0);
    // Only "part 5 of 10" against "of 20" may differ: the header and footer stop listing sections past eight.
    expect(Math.abs(large! - small!)).toBeLessThanOrEqual(16);
    // Each new section is one page in each of the two editions.
    expect(twenty.pageBytes.size).toBe(ten.pageBytes.size + 10 * 2);
    // Twice the sections, at most twice the bytes (the home page lists every part; nothing squares).
    expect(twenty.distBytes).toBeLessThanOrEqual(ten.distBytes * 2);
  });
});
