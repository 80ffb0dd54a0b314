import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mdxToJs } from "satteri";
import { describe, expect, test } from "vitest";
import { CONTENT_REGISTRY, type ContentRegistry } from "../../src/components/content/registry";
import { BUILD_FEATURES, contentGatePlugin, gateMdx, imageProblem, linkProblem } from "../../src/lib/content-gate";

const FRONTMATTER = '---\ntitle: "T"\norder: 1\n---\n\n'; // 5 lines: the body starts on line 6
const gate = (body: string, registry?: ContentRegistry) => gateMdx(FRONTMATTER + body, registry);
const rules = (body: string, registry?: ContentRegistry) => gate(body, registry).map((p) => p.rule);

describe("what content may contain", () => {
  test.each([
    ["paragraphs", "One paragraph.\n\nAnother, with *emphasis*, **strong** and ~~struck~~ words."],
    ["headings", "## A heading\n\n### A subheading\n\nText."],
    ["lists", "- one\n- two\n\n1. first\n2. second"],
    ["a block quote and a rule", "> Quoted words.\n\n---\n\nMore."],
    ["a hard line break", "Line one  \nline two"],
    ["a table", "| a | b |\n| - | - |\n| 1 | 2 |"],
    ["https and site links", "[a](https://example.org/x?y=1#z) [b](/borders/#darien-gap) [c](#top) [d](../china/) [e](./x/)"],
    ["a reference-style link", "See [the report][r].\n\n[r]: https://example.org/report"],
    ["a bare https address", "Read https://example.org/page today."],
    ["an image of the site", "![A map of the region](/images/map.png)"],
    ["a passage", '<Passage id="darien-gap">\n\nText.\n\n</Passage>'],
    ["a passage with single quotes", "<Passage id='a-b-2'>\n\nText.\n\n</Passage>"],
    ["escaped braces and angle brackets", "A set \\{a, b\\} and 3 \\< 4, and 4 &lt; 5."],
    ["a brace inside a link title is just text", '[a](/x/ "title {b}")'],
    ["a heading with a fixed id", "## Dates {#dates}\n\n### Corrections {#log-2}\n\nText."],
    [
      "the About page's components",
      'On <SiteDate of="published" />.\n\n<OpenQuestionsByPart />\n\n<WithTracker>\n\nOn <TrackerLink>the tracker</TrackerLink>.\n\n</WithTracker>\n\n<WithoutTracker>\n\nBy the repository.\n\n</WithoutTracker>',
    ],
  ])("%s", (_name, body) => {
    expect(gate(body)).toEqual([]);
  });

  test("every content file of the site and of the test fixtures passes", () => {
    const files = [
      "content/introduction.mdx",
      "content/about.mdx",
      "content/es/about.mdx",
      "tests/fixtures/content/good/about.mdx",
      ...readdirSync("content/sections").map((f) => join("content/sections", f)),
      "tests/fixtures/content/good/introduction.mdx",
      ...readdirSync("tests/fixtures/content/good/sections").map((f) => join("tests/fixtures/content/good/sections", f)),
    ];
    for (const file of files) expect(gateMdx(readFileSync(file, "utf8")), file).toEqual([]);
  });
});

describe("what the gate refuses, with the line and the rule", () => {
  test.each([
    // ESM
    ['import fs from "node:fs"', 6, "`import` is not allowed in content: explainer text may not run code"],
    ['import {readFileSync as r} from "fs"\nexport const a = r("/etc/passwd")', 7, "`export` is not allowed in content"],
    ["export const secret = process.env.HOME", 6, "`export` is not allowed"],
    ["export default function Layout() {}", 6, "`export` is not allowed"],
    ["Text.\n\nimport x from 'y'", 8, "`import` is not allowed"],
    // Expressions, in text, in flow, in attributes, as comments
    ["Home is {process.env.HOME}.", 6, "{…} is an expression"],
    ["{process.env.HOME}", 6, "{…} is an expression"],
    ["{/* a comment is an expression too */}", 6, "{…} is an expression"],
    ["## Title {1 + 1}", 6, "{…} is an expression"],
    ["- item {x}", 6, "{…} is an expression"],
    ['<Passage id={"a" + "b"}>\n\nx\n\n</Passage>', 6, "id={…} in <Passage> is an expression"],
    ['<Passage id="a" {...props}>\n\nx\n\n</Passage>', 6, "{…} in <Passage> is an expression"],
    ['<Passage id="a" hidden>\n\nx\n\n</Passage>', 6, '<Passage> has no attribute "hidden"'],
    ['<Passage id="a" onClick="alert(1)">\n\nx\n\n</Passage>', 6, '<Passage> has no attribute "onClick"'],
    ['<Passage id="a" style="color:red">\n\nx\n\n</Passage>', 6, '<Passage> has no attribute "style"'],
    // Components: unknown, misplaced, bad attributes
    ['<Chart data="x" />', 6, "unknown component <Chart>: content may only use <Passage>"],
    ["<Foo.Bar />", 6, "unknown component <Foo.Bar>"],
    ["<>fragment</>", 6, "a fragment <>…</> is not allowed"],
    ["<Passage>\n\nx\n\n</Passage>", 6, '<Passage> needs the attribute id="…"'],
    ['<Passage id="Darien Gap">\n\nx\n\n</Passage>', 6, 'the attribute id="Darien Gap" of <Passage> must be lowercase letters'],
    ['<Passage id="a" id="b">\n\nx\n\n</Passage>', 6, 'the attribute "id" of <Passage> is written twice'],
    ['Inline <Passage id="a">x</Passage> here.', 6, "<Passage> wraps whole paragraphs"],
    ["<constructor />", 6, "raw HTML <constructor> is not allowed"],
    ["<Passage id='a'>\n\n<toString />\n\n</Passage>", 8, "raw HTML <toString> is not allowed"],
    // Raw HTML
    ['<iframe src="https://evil.example/"></iframe>', 6, "raw HTML <iframe> is not allowed in content"],
    ["<style>{`p { color: red }`}</style>", 6, "raw HTML <style> is not allowed"],
    ['<script src="/x.js"></script>', 6, "raw HTML <script> is not allowed"],
    ['<img src="/x.png" alt="x" />', 6, "raw HTML <img> is not allowed"],
    ['<a href="/borders/">x</a>', 6, "raw HTML <a> is not allowed"],
    ["Text <b>bold</b>.", 6, "raw HTML <b> is not allowed"],
    ['<link rel="stylesheet" href="https://evil.example/x.css" />', 6, "raw HTML <link> is not allowed"],
    // Links, however written
    ["[x](javascript:alert(1))", 6, 'the link "javascript:alert(1)" uses javascript:'],
    ["[x](JAVASCRIPT:alert(1))", 6, "uses javascript:"],
    ["[x](&#106;avascript:alert(1))", 6, "uses javascript:"],
    ["[x](&#x6A;avascript&colon;alert(1))", 6, "uses javascript:"],
    ["[x](java&Tab;script:alert(1))", 6, 'the link "java\\u0009script:alert(1)" contains a space or an invisible character'],
    ["[x](<java\u0000script:alert(1)>)", 6, "contains a space or an invisible character"],
    ["[x](<java script:alert(1)>)", 6, "contains a space or an invisible character"],
    ["[x](\u200bjavascript:alert(1))", 6, "contains a space or an invisible character"],
    ["[x](vbscript:msgbox(1))", 6, "uses vbscript:"],
    ["[x](data:text/html;base64,PHNjcmlwdD4=)", 6, "uses data:"],
    ["[x](http://example.org)", 6, "uses http:"],
    ["[x](file:///etc/passwd)", 6, "uses file:"],
    ["[x](//evil.example/)", 6, 'the link "//evil.example/" starts with //'],
    ["[x](\\\\\\\\evil.example/)", 6, "starts with //"],
    ["[x](/\\evil.example/)", 6, "starts with //"],
    ["[x](https:evil.example)", 6, "is not a complete address"],
    ["[x]()", 6, "a link has no target"],
    ["Text [x][r].\n\n[r]: javascript:alert(1)", 8, 'the link "javascript:alert(1)" uses javascript:'],
    ["[r]: <data:text/html,x>", 6, "uses data:"],
    ["Write to press@example.org.", 6, 'the link "mailto:press@example.org" uses mailto:'],
    ["Visit www.example.org for more.", 6, 'the link "http://www.example.org" uses http:'],
    ["See http://example.org/tracker.", 6, "uses http:"],
    ["<javascript:alert(1)>", 6, "this cannot be read as MDX"],
    ["<https://example.org>", 6, "this cannot be read as MDX"],
    // Images: files of this site only, described
    ["![pixel](https://tracker.example/p.gif)", 6, 'the image "https://tracker.example/p.gif" comes from another host'],
    ["![pixel](//tracker.example/p.gif)", 6, "comes from another host"],
    ["![x](data:image/png;base64,AAAA)", 6, "comes from a data: address"],
    ["![x](../../../../etc/secret.png)", 6, "climbs out of its folder with .."],
    ["![x](/images/notes.txt)", 6, "is not an image file"],
    ["![](/images/map.png)", 6, "an image needs a description"],
    ["![x][p]\n\n[p]: https://tracker.example/p.gif", 8, "(it is used as an image on line 6)"],
    // Markdown that prose does not need
    ["# A second page title", 6, "a level-1 heading is not used"],
    ["#### Too deep", 6, "a level-4 heading is not used"],
    // Heading attributes: a fixed id, nothing else
    ["## Dates {#dates .loud}", 6, "a heading may only fix its id, like ## Dates {#dates}; remove a class (.name)"],
    ["## Dates {.loud}", 6, "remove a class (.name)"],
    ["## Dates {#dates style=color:red}", 6, 'remove the attribute "style"'],
    ["## Dates {#Dates}", 6, 'the heading id "{#Dates}" must be lowercase letters, digits and single hyphens'],
    // The About page's components, with literal attributes only
    ['<SiteDate of="yesterday" />', 6, 'the attribute of="yesterday" of <SiteDate> must be "published" or "modified"'],
    ["<SiteDate />", 6, '<SiteDate> needs the attribute of="…"'],
    ["<OpenQuestionsByPart>x</OpenQuestionsByPart>", 6, "<OpenQuestionsByPart> wraps no text"],
    ["Text <WithTracker>x</WithTracker>.", 6, "<WithTracker> wraps whole paragraphs"],
    ["Report it on <TrackerLink>the tracker</TrackerLink>.", 6, "<TrackerLink> belongs inside <WithTracker>; put it there"],
    [
      "<WithoutTracker>\n\nOn <TrackerLink>it</TrackerLink>.\n\n</WithoutTracker>",
      8,
      "<TrackerLink> belongs inside <WithTracker>",
    ],
    ["```js\nalert(1)\n```", 6, "a code block"],
    ["Run `rm -rf /` now.", 6, "`backticks` mark code"],
    ["Fact.[^1]\n\n[^1]: Source.", 6, "footnotes ([^1]) are not used"],
    ["<!-- a comment -->", 6, "this cannot be read as MDX"],
    ["An open brace { alone", 6, "this cannot be read as MDX"],
  ])("%s", (body, line, rule) => {
    const problems = gate(body);
    const listed = problems.map((p) => `${p.line}: ${p.rule}`).join("\n");
    expect(
      problems.some((p) => p.line === line && p.rule.includes(rule)),
      listed,
    ).toBe(true);
  });

  test("reports every problem of a file at once, in line order", () => {
    const problems = gate(
      [
        'import fs from "node:fs"',
        "",
        "Home: {process.env.HOME}",
        "",
        '<iframe src="https://evil.example/"></iframe>',
        "",
        "[x][r] and ![y](https://evil.example/y.png)",
        "",
        "[r]: javascript:alert(1)",
      ].join("\n"),
    );
    expect(problems.map((p) => p.line)).toEqual([6, 8, 10, 12, 14]);
  });

  test("frontmatter does not shift the lines", () => {
    expect(gateMdx("---\na: 1\nb: 2\n---\n{x}").map((p) => p.line)).toEqual([5]);
    expect(gateMdx("{x}").map((p) => p.line)).toEqual([1]);
  });
});

describe("link and image targets", () => {
  test.each([
    ["https://example.org", null],
    ["HTTPS://example.org/A?b=c#d", null],
    ["/borders/#darien-gap", null],
    ["#top", null],
    ["../china/", null],
    ["javascript%3Aalert(1)", null], // a relative path on this site: %3A is not a colon to a browser
    ["http://example.org", "uses http:"],
    ["JaVaScRiPt:alert(1)", "uses javascript:"],
    ["vbscript:x", "uses vbscript:"],
    ["data:text/html,x", "uses data:"],
    ["mailto:a@b.c", "uses mailto:"],
    ["tel:+5071234", "uses tel:"],
    ["//example.org", "starts with //"],
    ["\\/example.org", "starts with //"],
    ["https:/example.org", "is not a complete address"],
    ["https://", "is not a complete address"],
    [" https://example.org", "invisible character"],
    ["java\tscript:alert(1)", "invisible character"],
    ["java\nscript:alert(1)", "invisible character"],
    ["\u0001javascript:alert(1)", "invisible character"],
    ["javascript\u00ad:alert(1)", "invisible character"],
    ["\ufeffjavascript:alert(1)", "invisible character"],
  ])("link %j -> %s", (target, reason) => {
    const problem = linkProblem(target);
    if (reason === null) expect(problem).toBeNull();
    else expect(problem).toContain(reason);
  });

  test.each([
    ["/images/map.png", null],
    ["./map.webp", null],
    ["map.svg", null],
    ["/og/borders.png", null],
    ["https://example.org/x.png", "another host"],
    ["http://example.org/x.png", "another host"],
    ["//example.org/x.png", "another host"],
    ["\\\\example.org/x.png", "another host"],
    ["data:image/svg+xml,<svg/>", "a data: address"],
    ["blob:https://x/y", "a blob: address"],
    ["../x.png", "climbs out"],
    ["/images/x.png.html", "is not an image file"],
    ["/images/x", "is not an image file"],
    ["", "has no file"],
  ])("image %j -> %s", (source, reason) => {
    const problem = imageProblem(source);
    if (reason === null) expect(problem).toBeNull();
    else expect(problem).toContain(reason);
  });
});

describe("the registry drives the gate", () => {
  // As another engineer would extend it: an inline glossary term and one safe HTML element.
  const extended: ContentRegistry = {
    components: {
      ...CONTENT_REGISTRY.components,
      Term: {
        placement: "inline",
        children: true,
        attributes: { id: { required: true, pattern: /^[a-z-]+$/, expected: "a glossary id" } },
      },
      Source: {
        placement: "block",
        children: false,
        attributes: {
          href: { required: true, link: true, expected: "https:// or a path on this site" },
          image: { required: false, image: true, expected: "a file of this site" },
        },
      },
    },
    html: {
      abbr: {
        placement: "inline",
        children: true,
        attributes: { title: { required: true, expected: "the words it stands for" } },
      },
    },
  };

  test.each([
    ['The <Term id="darien-gap">Darién Gap</Term> is a jungle.', []],
    ['<Source href="https://example.org/report" />', []],
    ['<abbr title="Central American Security Conference">CENTSEC</abbr> met.', []],
    ['<Term id="x">a</Term> <Term>b</Term>', ['<Term> needs the attribute id="…" (a glossary id)']],
    ['<Source href="javascript:alert(1)" />', ['in <Source>, the link "javascript:alert(1)" uses javascript:']],
    [
      '<Source href="/r/" image="https://evil.example/x.png" />',
      ['in <Source>, the image "https://evil.example/x.png" comes from another host'],
    ],
    ['<Source href="/r/">\n\ntext\n\n</Source>', ["<Source> wraps no text; write it as <Source … />"]],
    ["<abbr title={x}>C</abbr>", ["title={…} in <abbr> is an expression"]],
    [
      "<Chart />",
      [
        "unknown component <Chart>: content may only use <Passage>, <Term>, <SiteDate>, <OpenQuestionsByPart>, <WithTracker>, <WithoutTracker>, <TrackerLink>, <Source>",
      ],
    ],
    [
      '<iframe src="/x/" />',
      [
        "raw HTML <iframe> is not allowed in content: write Markdown instead, since HTML can load, style or run things (allowed HTML: <abbr>)",
      ],
    ],
  ])("%s", (body, expected) => {
    const found = rules(body, extended);
    expect(found.length).toBe(expected.length);
    expected.forEach((rule, i) => expect(found[i]).toContain(rule));
  });

  test("the site's registry allows an inline <Term> and a block <Passage>, and no raw HTML", () => {
    expect(rules('<Passage id="a">\n\nThe <Term id="centsec">CENTSEC</Term> met.\n\n</Passage>')).toEqual([]);
    expect(rules("<Term>CENTSEC</Term>")).toEqual([expect.stringContaining('<Term> needs the attribute id="…"')]);
    expect(rules("<abbr>C</abbr>")).toEqual([expect.stringContaining("raw HTML <abbr> is not allowed")]);
  });
});

describe("inside the MDX compiler", () => {
  // Sätteri compiles synchronously when every plugin is synchronous; async keeps both cases alike.
  const compile = async (source: string) =>
    mdxToJs(source, {
      mdastPlugins: [contentGatePlugin()],
      features: BUILD_FEATURES,
      fileURL: new URL(`file://${process.cwd()}/content/sections/x.mdx`),
    });

  test("compiles good content", async () => {
    await expect(compile('<Passage id="a">\n\nText.\n\n</Passage>')).resolves.toHaveProperty("code");
  });

  test("refuses a bad file before it becomes JavaScript, naming the file, line and rule", async () => {
    await expect(compile('Text.\n\nimport fs from "node:fs"\n\n{fs.readFileSync("/etc/passwd")}')).rejects.toThrow(
      /content\/sections\/x\.mdx:3: `import` is not allowed[\s\S]*content\/sections\/x\.mdx:5: \{…\} is an expression/,
    );
  });
});
