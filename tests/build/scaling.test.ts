import { describe, expect, test } from "vitest";
import { measureBuild, syntheticId } from "../bench/scaling";

// What a build's output does as the story grows, in bytes (deterministic on any machine). How long it
// takes is measured by `npm run bench`, never here: a slower or busier machine must not fail the suite.
describe("build output as sections are added", () => {
  test("a section's page is the same size with 10 sections as with 40, and the whole site grows linearly", async () => {
    const ten = await measureBuild(10);
    const forty = await measureBuild(40);
    const page = `/${syntheticId(5)}/`;
    const small = ten.pageBytes.get(page);
    const large = forty.pageBytes.get(page);
    console.log(`${page}: ${small} B with 10 sections, ${large} B with 40; site ${ten.distBytes} B and ${forty.distBytes} B`);
    expect(small).toBeGreaterThan(0);
    // Only "part 5 of 10" against "of 40" may differ: the header and footer stop listing sections past eight.
    expect(Math.abs(large! - small!)).toBeLessThanOrEqual(16);
    // Each new section is one page in each of the two editions.
    expect(forty.pageBytes.size).toBe(ten.pageBytes.size + 30 * 2);
    // Four times the sections, at most four times the bytes (the home page lists every part; nothing squares).
    expect(forty.distBytes).toBeLessThanOrEqual(ten.distBytes * 4);
  });
});
