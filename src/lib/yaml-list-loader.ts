import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import type { z } from "astro/zod";
import { isPair, parseDocument, visit } from "yaml";
import { checkData } from "./checked-data";
import { ContentError } from "./content-error";

/**
 * Loads a YAML file holding a list of objects with an `id` each. Unlike Astro's `file()` loader, which
 * logs and skips a malformed file or item, this one stops the build and names the file, the item and
 * the field; in `astro dev` it reloads the file when it changes and reports the same problems.
 * `kind` names an item in messages ("figure" gives `figure "darien-crossings", field "value"`). An
 * `optional` file may be absent (an empty list); a present one is checked all the same.
 */
export function yamlListLoader(
  path: string,
  schema: z.ZodType,
  kind: string,
  { optional = false }: { optional?: boolean } = {},
): Loader {
  return {
    name: "yaml-list",
    load: async (context) => {
      const absolute = fileURLToPath(new URL(path, context.config.root));
      await sync(context, absolute, path, schema, kind, optional, (file) => readFile(file, "utf8"));
      if (!context.watcher) return;
      context.watcher.add(absolute);
      // One reload at a time, in the order of the changes: two that overlapped (an author saving twice,
      // or one save seen as two changes) could end with the older text's entries in the store.
      let reloads = Promise.resolve();
      context.watcher.on("change", (changed) => {
        if (changed !== absolute) return;
        reloads = reloads.then(async () => {
          // The watcher can report two quick saves as one change, at the first: after a reload, a file whose
          // text is no longer the one read is read again (a few times at most).
          for (let attempt = 0; attempt < 5; attempt++) {
            let read: string | undefined;
            try {
              await sync(context, absolute, path, schema, kind, optional, async (file) => (read = await settledText(file)));
              context.logger.info(`Reloaded data from ${path}`);
            } catch (error) {
              context.logger.error(`Failed to reload ${path}: ${error instanceof Error ? error.message : error}`);
            }
            const now = await readFile(absolute, "utf8").catch(() => read);
            if (read === undefined || now === read) break;
          }
        });
      });
    },
  };
}

/**
 * A changed file's text once two reads 20 ms apart agree (for at most a second). A save that empties the
 * file and then writes it can reach the loader as one change, at its start: read at once, the file was
 * empty, and no second change came for the finished text (seen in the dev test on a busy machine).
 */
async function settledText(file: string, interval = 20): Promise<string> {
  let text = await readFile(file, "utf8");
  for (let i = 0; i < 1000 / interval; i++) {
    await new Promise((resolve) => setTimeout(resolve, interval));
    const again = await readFile(file, "utf8");
    if (again === text) return text;
    text = again;
  }
  return text;
}

async function sync(
  context: LoaderContext,
  absolute: string,
  path: string,
  schema: z.ZodType,
  kind: string,
  optional: boolean,
  read: (file: string) => Promise<string>,
) {
  if (optional && !existsSync(absolute)) {
    context.store.clear();
    return;
  }
  const items = parseYamlList(await read(absolute), path);
  for (const item of items) checkData(schema, item, path, `${kind} "${item.id}"`);
  context.store.clear();
  for (const item of items) {
    const data = await context.parseData({ id: item.id, data: item, filePath: path });
    context.store.set({ id: item.id, data, filePath: path });
  }
}

/** A value that reads as a date: "2025-04-09" or "2025-04". */
const DATE_LIKE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Parses the text of a YAML list file, checking what the schema cannot: the list itself, quoting and unique ids. */
export function parseYamlList(text: string, file: string): Array<Record<string, unknown> & { id: string }> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(file, null, `is not valid YAML: ${doc.errors[0]!.message}`);
  }
  // Dates are quoted everywhere: YAML 1.1 readers (like the one for MDX frontmatter) turn an unquoted
  // date into a timestamp and roll impossible days over, so one rule for every file.
  visit(doc, {
    Scalar(_key, node, path) {
      const written = String(node.source ?? node.value);
      if (node.type !== "PLAIN" || !DATE_LIKE.test(written)) return;
      const line = text.slice(0, node.range?.[0] ?? 0).split("\n").length;
      const field = path.flatMap((p) => (isPair(p) ? [String(p.key)] : [])).join(".");
      throw new ContentError(file, `line ${line}, field "${field}"`, `put the date in quotes: "${written}"`);
    },
  });
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
