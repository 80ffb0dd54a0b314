import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { globSync } from "tinyglobby";
import type { z } from "astro/zod";
import { checkedGlob } from "./checked-data";
import { ContentError, ContentProblems } from "./content-error";
import { asContentErrors, readMdx, type BodyRecord } from "./content-gate";

type GlobOptions = { pattern: string; base: string };

/** What the gate read of a file, and its problems as build errors. */
interface Verdict {
  source: string;
  record: BodyRecord;
  problems: ContentError[];
}

/** The last verdict on each file, by its text: every gated collection checks every file, each parsed once. */
const verdicts = new Map<string, Verdict>();

function checkFile(root: string, file: string): Verdict {
  const source = readFileSync(resolve(root, file), "utf8");
  const known = verdicts.get(file);
  if (known?.source === source) return known;
  const record = readMdx(source);
  const verdict = { source, record, problems: asContentErrors(file, record.problems) };
  verdicts.set(file, verdict);
  return verdict;
}

/**
 * Astro's `glob()` loader with the content gate at the door (src/lib/content-gate.ts). Once the files
 * are read, every MDX file of every source in `gated` (all the gated collections, so that each one's
 * refusal lists the problems of all of them) is checked, and the sync stops with one error that lists
 * every problem of every file, before anything is compiled or rendered. `astro build` and `astro dev`
 * load content the same way, so both stop with the same message. A file edited while `astro dev` runs
 * is checked before it replaces its stored entry (the dev server logs the refusal; the MDX compiler's
 * own copy of the gate refuses to compile it, so the page shows the error too).
 *
 * What the gate read of a body (src/lib/content-gate.ts's record: passages, terms, headings, words) is
 * stored in the entry's data as `bodyRecord`, so the pages are built from it without parsing the body again.
 */
export function gatedGlob(options: GlobOptions, schema: z.ZodType, gated: readonly GlobOptions[]): Loader {
  return {
    name: "centsec:gated-glob",
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const check = (file: string) => checkFile(root, file);
      // During the first load everything is checked at its end, all files at once; after it, a file the
      // dev server reloads is checked alone, before its entry is stored.
      let loaded = false;
      const inner = checkedGlob(options, schema, (file) => {
        const { record, problems } = check(file);
        if (loaded && problems.length > 0) throw new ContentProblems(problems);
        return { bodyRecord: record };
      });
      // A frontmatter problem stops the inner load; it is reported together with the bodies' problems.
      let frontmatter: unknown;
      try {
        await inner.load(context);
      } catch (error) {
        frontmatter = error;
      }
      loaded = true;

      const files = new Set<string>();
      // From the disk, not from the store: an entry the loader kept from its cache can name a stale path.
      for (const source of gated) for (const file of filesOf(source, root)) files.add(file);
      const problems = [...files].sort().flatMap((file) => check(file).problems);
      if (frontmatter !== undefined) {
        const earlier =
          frontmatter instanceof ContentProblems
            ? frontmatter.problems
            : frontmatter instanceof ContentError
              ? [frontmatter]
              : null;
        if (earlier === null || problems.length === 0) throw frontmatter;
        throw new ContentProblems([...earlier, ...problems]);
      }
      if (problems.length > 0) throw new ContentProblems(problems);
      refreshRecords(context.store, check);
    },
  };
}

type Store = Parameters<Loader["load"]>[0]["store"];

/**
 * Astro keeps an entry whose file has not changed from its cache, with the record an earlier build read;
 * a change to the gate's own code can read the same text differently. Each record that differs from what
 * the gate reads now is replaced (a store entry with the same digest is kept by `set`, hence the delete).
 */
export function refreshRecords(store: Store, check: (file: string) => { record: BodyRecord }): void {
  for (const entry of store.values()) {
    if (!entry.filePath) continue;
    const { record } = check(entry.filePath);
    if (JSON.stringify(entry.data["bodyRecord"]) === JSON.stringify(record)) continue;
    store.delete(entry.id);
    store.set({ ...entry, data: { ...entry.data, bodyRecord: record } });
  }
}

/**
 * The files a glob source names, relative to the project root: found as Astro's own glob() loader finds
 * them (tinyglobby, with the loader's options), so the gate checks exactly the files the loader loads.
 */
export function filesOf({ base, pattern }: GlobOptions, root: string): string[] {
  const dir = resolve(root, base);
  return globSync(pattern, { cwd: dir, expandDirectories: false }).map((name) =>
    relative(root, resolve(dir, name)).split("\\").join("/"),
  );
}
