import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { readMdx, type BodyRecord } from "../../src/lib/content-gate";
import { filesOf, refreshRecords } from "../../src/lib/gated-glob";

type Entry = { id: string; data: Record<string, unknown>; filePath?: string; digest?: string; body?: string };

/** Astro's scoped store as far as refreshRecords uses it: `set` keeps an entry whose digest has not changed. */
function storeOf(entries: Entry[]) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return {
    map,
    values: () => [...map.values()],
    delete: (id: string) => void map.delete(id),
    set: (entry: Entry) => {
      if (entry.digest && map.get(entry.id)?.digest === entry.digest) return false;
      map.set(entry.id, entry);
      return true;
    },
  };
}

const body = '<Passage id="a">\n\nOne <Term id="t">two</Term> three.\n\n</Passage>';
const fresh = readMdx(body, { frontmatter: false });
const stale: BodyRecord = { ...fresh, words: 99, terms: [] };

describe("refreshRecords: a record kept from Astro's cache is replaced when the gate now reads the file otherwise", () => {
  test.each<[string, unknown, BodyRecord]>([
    ["the same record is kept as it is", fresh, fresh],
    ["a record read by older code is replaced", stale, fresh],
    ["an entry stored before records existed gets one", undefined, fresh],
  ])("%s", (_, stored, expected) => {
    const entry: Entry = {
      id: "borders",
      filePath: "content/sections/borders.mdx",
      digest: "d1",
      body,
      data: { title: "T", ...(stored === undefined ? {} : { bodyRecord: stored }) },
    };
    const store = storeOf([entry]);
    const read: string[] = [];
    refreshRecords(store as never, (file) => (read.push(file), { record: fresh }));
    const after = store.map.get("borders")!;
    expect(read).toEqual(["content/sections/borders.mdx"]);
    expect(after.data).toEqual({ title: "T", bodyRecord: expected });
    // Everything else of the entry is kept: its digest, body and file.
    expect({ ...after, data: null }).toEqual({ ...entry, data: null });
    expect(after === entry).toBe(stored === fresh);
  });
});

describe("filesOf: the files of a glob source, relative to the project root", () => {
  const root = mkdtempSync(join(tmpdir(), "centsec-glob-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const file of [
    "content/borders.mdx",
    "content/es/borders.mdx",
    "content/introduction.mdx",
    "content/introductionXmdx",
    "content/a.mdx",
  ]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), "");
  }

  test.each<[string, string, string[]]>([
    ["content", "*.mdx", ["content/a.mdx", "content/borders.mdx", "content/introduction.mdx"]],
    ["content", "**/*.mdx", ["content/a.mdx", "content/borders.mdx", "content/es/borders.mdx", "content/introduction.mdx"]],
    ["content/es", "*.mdx", ["content/es/borders.mdx"]],
    ["content", "introduction.mdx", ["content/introduction.mdx"]],
    ["content", "?.mdx", ["content/a.mdx"]],
    ["content/none", "*.mdx", []],
  ])("%s, %s", (base, pattern, files) => {
    expect(filesOf({ base, pattern }, root).sort()).toEqual(files);
  });
});
