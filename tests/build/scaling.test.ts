import { describe, expect, test } from "vitest";
import { measureBuild } from "../bench/scaling";

// Goals from the issue tracker: the real site under 15 s on a 2-core machine; 1,000 sections under
// 60 s and 2 GiB; the time per section not growing with the number of sections.
describe("build cost", () => {
  test("the real site builds in under 15 seconds", async () => {
    const real = await measureBuild(5, process.env["CENTSEC_CONTENT_DIR"] ?? "content");
    console.log(`real site: ${real.seconds.toFixed(1)} s, peak ${real.peakMiB.toFixed(0)} MiB`);
    expect(real.seconds).toBeLessThan(15);
  });

  test("1,000 sections build in under 60 s and 2 GiB, and the time per section does not grow", async () => {
    const hundred = await measureBuild(100);
    const thousand = await measureBuild(1000);
    console.log(
      `100 sections: ${hundred.seconds.toFixed(1)} s (${hundred.msPerSection.toFixed(1)} ms each); ` +
        `1,000 sections: ${thousand.seconds.toFixed(1)} s (${thousand.msPerSection.toFixed(1)} ms each), peak ${thousand.peakMiB.toFixed(0)} MiB`,
    );
    expect(thousand.seconds).toBeLessThan(60);
    expect(thousand.peakMiB).toBeLessThan(2048);
    // Linear or better: ten times the sections may cost at most ten times the time (plus 20% noise).
    expect(thousand.msPerSection).toBeLessThanOrEqual(hundred.msPerSection * 1.2);
  });
});
