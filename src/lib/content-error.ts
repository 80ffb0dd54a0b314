/** A content problem that stops the build. Its message always starts with the file, then the place in it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(`${file}${where ? ` (${where})` : ""}: ${problem}`);
    this.name = "ContentError";
  }
}
