/**
 * Schema checks with messages an author can act on. Astro's own report of a schema failure prints a
 * stack trace into node_modules and no field for some issues; these run the same schema first and stop
 * with the file, the item and the field named, and every problem of the entry listed at once.
 */
import { isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { glob } from "astro/loaders";
import type { Loader } from "astro/loaders";
import type { z } from "astro/zod";
import { ContentError, ContentProblems } from "./content-error";

type Issue = z.core.$ZodIssue;

/** The issue an author should read for a union (like a timeline `when`): the branch that came closest. */
function closestBranch(issue: Issue & { code: "invalid_union" }): Issue[] | null {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  if (branches.length === 0) return null;
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  // A branch that fails on an unknown field is no branch at all: the author wrote another shape.
  return best.some((i) => i.code === "unrecognized_keys") ? null : best;
}

/** Flattens schema issues into (field path, message) pairs, choosing the closest branch of a union. */
export function describeIssues(issues: readonly Issue[], base: readonly PropertyKey[] = []): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === "invalid_union") {
      const branch = closestBranch(issue);
      if (branch) out.push(...describeIssues(branch, path));
      else out.push([path.join("."), issue.message]);
    } else if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push([[...path, key].join("."), "is not a field here"]);
    } else if (issue.code === "invalid_type" && / received undefined$/.test(issue.message)) {
      out.push([path.join("."), `is missing (expected ${issue.expected})`]);
    } else {
      out.push([path.join("."), issue.message]);
    }
  }
  return out;
}

/**
 * Parses `data` with `schema`, or throws every problem as a ContentError naming `file` and the field.
 * `entry` says which entry of a file with many (`figure "darien-crossings"`); null for a one-entry file.
 */
export function checkData<S extends z.ZodType>(schema: S, data: unknown, file: string, entry: string | null): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = describeIssues(result.error.issues).map(
    ([field, message]) => new ContentError(file, [entry, field ? `field "${field}"` : null].filter(Boolean).join(", "), message),
  );
  throw problems.length === 1 ? problems[0]! : new ContentProblems(problems);
}

/**
 * Astro's glob() loader, with every entry checked by `schema` before Astro parses it, then by `admit`
 * (given the file's path from the project root), which may refuse it by throwing, and returns what the
 * build adds to the entry's data beside its checked frontmatter.
 */
export function checkedGlob(
  options: { pattern: string; base: string },
  schema: z.ZodType,
  admit: (file: string) => Record<string, unknown> = () => ({}),
): Loader {
  // An entry's id is its file name, always: a translated part's `slug` field (its Spanish address) must
  // not become its id, which joins it to its English original.
  const inner = glob({ ...options, generateId: ({ entry }) => entry.replace(/\.mdx?$/, "") });
  return {
    name: "checked-glob",
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const path = props.filePath ?? `${options.base}/${props.id}`;
          const file = isAbsolute(path) ? relative(fileURLToPath(context.config.root), path) : path;
          checkData(schema, props.data, file, null);
          return { ...(await context.parseData(props)), ...admit(file) };
        },
      }),
  };
}
