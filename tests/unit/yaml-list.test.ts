import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "astro/zod";
import { describe, expect, onTestFinished, test, vi } from "vitest";
import { parseYamlList, yamlListLoader } from "../../src/lib/yaml-list-loader";

test("reads a list of items with ids", () => {
  expect(parseYamlList("- id: a\n  value: 1\n- id: b\n", "content/figures.yaml")).toEqual([{ id: "a", value: 1 }, { id: "b" }]);
});

test.each([
  ["- id: a\n  value: [unclosed\n", /^content\/figures\.yaml: is not valid YAML/],
  ["id: a\n", /^content\/figures\.yaml: must be a YAML list/],
  ["- just a string\n", /^content\/figures\.yaml \(item 1\): must be a mapping of fields/],
  ["- value: 1\n", /^content\/figures\.yaml \(item 1, field "id"\): is missing/],
  ["- id: a\n- id: b\n- id: a\n", /^content\/figures\.yaml \(item 3, field "id"\): "a" is already used by item 1/],
  ["- id: a\n  id: b\n", /^content\/figures\.yaml: is not valid YAML/],
  [
    "- id: a\n  when: { date: 2025-04-09 }\n",
    /^content\/figures\.yaml \(line 2, field "when\.date"\): put the date in quotes: "2025-04-09"$/,
  ],
  ["- id: a\n- id: b\n  when:\n    month: 2025-04\n", /\(line 4, field "when\.month"\): put the date in quotes: "2025-04"/],
])("refuses %j", (text, message) => {
  expect(() => parseYamlList(text, "content/figures.yaml")).toThrow(message);
});

test("keeps quoted dates and date-like text inside longer strings", () => {
  const text = '- id: a\n  when: { date: "2025-04-09" }\n  text: plain words 2025-04-09 here\n';
  expect(parseYamlList(text, "t.yaml")).toEqual([{ id: "a", when: { date: "2025-04-09" }, text: "plain words 2025-04-09 here" }]);
});

/**
 * yamlListLoader loaded as `astro dev` loads it, on a figures.yaml holding `label: first`: its store,
 * the watcher to report changes with, and what it logged. `parseData` may be slowed by the test.
 */
async function devLoader(parseData: (data: unknown) => Promise<unknown> = async (data) => data) {
  const dir = mkdtempSync(join(tmpdir(), "yaml-list-"));
  const file = join(dir, "figures.yaml");
  writeFileSync(file, "- id: a\n  label: first\n");
  const store = new Map<string, unknown>();
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const logged: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${dir}/`) },
    watcher,
    logger: { info: (m: string) => logged.push(m), error: (m: string) => logged.push(`error: ${m}`) },
    store: { clear: () => store.clear(), set: ({ id, data }: { id: string; data: unknown }) => store.set(id, data) },
    parseData: ({ data }: { data: unknown }) => parseData(data),
  };
  await yamlListLoader("figures.yaml", z.strictObject({ id: z.string(), label: z.string() }), "figure").load(context as never);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return { file, store, watcher, logged };
}

describe("yamlListLoader in astro dev", () => {
  test("two changes in quick succession leave the later text's entries, even when the first reload is slower", async () => {
    let slow = false;
    let entered = () => {};
    // The first reload's entries take longer to check than the second's, as on a busy machine.
    const { file, store, watcher, logged } = await devLoader(async (data) => {
      if (slow) {
        slow = false;
        entered();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return data;
    });
    expect(store.get("a")).toEqual({ id: "a", label: "first" });

    writeFileSync(file, "- id: a\n  label: second\n");
    slow = true;
    const firstReadIt = new Promise<void>((resolve) => (entered = resolve));
    watcher.emit("change", file);
    // The author saves again while the first reload, which read "second", is still checking it.
    await firstReadIt;
    writeFileSync(file, "- id: a\n  label: third\n");
    watcher.emit("change", file);
    await vi.waitFor(() => expect(logged.filter((m) => m.startsWith("Reloaded"))).toHaveLength(2));
    expect(store.get("a")).toEqual({ id: "a", label: "third" });
  });

  test("a save seen as one change while the file is still empty is reloaded once it is written", async () => {
    const { file, store, watcher, logged } = await devLoader();

    // An editor empties the file, the watcher reports it, and the text arrives a moment later unreported.
    writeFileSync(file, "");
    watcher.emit("change", file);
    await new Promise((resolve) => setTimeout(resolve, 5));
    writeFileSync(file, "- id: a\n  label: second\n");
    await vi.waitFor(() => expect(logged).toHaveLength(1));
    expect(logged).toEqual(["Reloaded data from figures.yaml"]);
    expect(store.get("a")).toEqual({ id: "a", label: "second" });
  });
});
