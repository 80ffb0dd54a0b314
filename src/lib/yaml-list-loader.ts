import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { parseDocument } from "yaml";
import { ContentError } from "./content-error";

/**
 * Loads a YAML file holding a list of objects with an `id` each. Unlike Astro's `file()` loader, which
 * logs and skips a malformed file or item, this one stops the build and names the file, the item and
 * the field.
 */
export function yamlListLoader(path: string): Loader {
  return {
    name: "yaml-list",
    load: async ({ config, store, parseData, watcher }) => {
      const absolute = fileURLToPath(new URL(path, config.root));
      const items = parseYamlList(await readFile(absolute, "utf8"), path);
      store.clear();
      for (const item of items) {
        const data = await parseData({ id: item.id, data: item, filePath: path });
        store.set({ id: item.id, data, filePath: path });
      }
      watcher?.add(absolute);
    },
  };
}

/** Parses the text of a YAML list file, checking what the schema cannot: the list itself and unique ids. */
export function parseYamlList(text: string, file: string): Array<Record<string, unknown> & { id: string }> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(file, null, `is not valid YAML: ${doc.errors[0]!.message}`);
  }
  const data: unknown = doc.toJS();
  if (!Array.isArray(data)) {
    throw new ContentError(file, null, "must be a YAML list (each item starting with `- id: ...`)");
  }
  const seen = new Map<string, number>();
  return data.map((item: unknown, index) => {
    const where = `item ${index + 1}`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw new ContentError(file, where, "must be a mapping of fields");
    }
    const id = (item as Record<string, unknown>)["id"];
    if (typeof id !== "string" || id === "") {
      throw new ContentError(file, `${where}, field "id"`, "is missing");
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ContentError(file, `${where}, field "id"`, `"${id}" is already used by item ${first}`);
    }
    seen.set(id, index + 1);
    return item as Record<string, unknown> & { id: string };
  });
}
