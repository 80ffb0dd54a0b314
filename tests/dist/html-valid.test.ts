import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import { describe, expect, test } from "vitest";
import { DIST, htmlFiles } from "../tools/dist";

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe("every HTML file in dist/ is valid HTML", () => {
  test.each(htmlFiles())("%s", async (file) => {
    const report = await validator.validateFile(`${DIST}/${file}`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
