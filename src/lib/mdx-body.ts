/**
 * What the build needs to know about an MDX body without rendering it, read from the tree the MDX parser
 * makes (the same parser and features as the build; see src/lib/content-gate.ts). Bodies reaching here
 * have passed the content gate.
 */
import { mdxToMdast } from "satteri";
import { BUILD_FEATURES } from "./content-gate";

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

function treeOf(body: string): Node {
  return mdxToMdast(body, { features: BUILD_FEATURES, position: false }) as unknown as Node;
}

export interface BodyFacts {
  /** Ids of the `<Passage id="...">` blocks, in order, duplicates kept. */
  passages: string[];
  /** Words a reader reads: the text of the body, without markup or link targets. */
  words: number;
}

/** Everything the build reads from a body, in one parse. */
export function bodyFacts(body: string): BodyFacts {
  const passages: string[] = [];
  let words = 0;
  for (const node of walk(treeOf(body))) {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Passage") {
      const id = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
      if (typeof id === "string") passages.push(id);
    }
    if (node.type === "text")
      words += String(node.value)
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return { passages, words };
}

export const passageIdsOf = (body: string): string[] => bodyFacts(body).passages;
export const countWords = (body: string): number => bodyFacts(body).words;

/** Minutes to read a number of words at 230 words a minute, never less than one. */
export function minutesFor(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Minutes to read a body. */
export const readingMinutes = (body: string, wordsPerMinute = 230): number => minutesFor(countWords(body), wordsPerMinute);
