import { AstroError } from "astro/errors";

/** What an author does about any content error; Astro prints it under the message as a hint. */
const HINT = "Fix the file and field named above and build again; the last good dist/ is kept until then.";

/**
 * The base of every content error. An Astro user error prints as a message and a hint; its stack is
 * dropped, since it points into the bundled build and never at the content an author has to fix.
 */
export class ContentFailure extends AstroError {
  constructor(message: string) {
    super(message, HINT);
    this.stack = "";
  }
}

/** A content problem that stops the build. Its message always starts with the file, then the place in it. */
export class ContentError extends ContentFailure {
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(`${file}${where ? ` (${where})` : ""}: ${problem}`);
    this.name = "ContentError";
  }
}

/** All the problems found at once, so an author fixes them in one pass. */
export class ContentProblems extends ContentFailure {
  constructor(readonly problems: ContentError[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`,
    );
    this.name = "ContentProblems";
  }
}
