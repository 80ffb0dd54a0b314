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

/** Every node, with the id of the `<Passage>` it sits inside (undefined outside any). */
function* walk(node: Node, inPassage?: string): Generator<[Node, string | undefined]> {
  yield [node, inPassage];
  const own = passageIdOf(node);
  for (const child of node.children ?? []) yield* walk(child, own ?? inPassage);
}

function passageIdOf(node: Node): string | undefined {
  if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || node.name !== "Passage") return undefined;
  const id = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
  return typeof id === "string" ? id : undefined;
}

function treeOf(body: string): Node {
  return mdxToMdast(body, { features: BUILD_FEATURES, position: false }) as unknown as Node;
}

export interface BodyFacts {
  /** Ids of the `<Passage id="...">` blocks, in order, duplicates kept. */
  passages: string[];
  /** Passages written inside another passage, as [inner, outer]: each passage stands alone. */
  nested: [string, string][];
  /** Words a reader reads: the text of the body, without markup or link targets. */
  words: number;
}

/** Everything the build reads from a body, in one parse. */
export function bodyFacts(body: string): BodyFacts {
  const passages: string[] = [];
  const nested: [string, string][] = [];
  let words = 0;
  for (const [node, inPassage] of walk(treeOf(body))) {
    const id = passageIdOf(node);
    if (id !== undefined) {
      passages.push(id);
      if (inPassage !== undefined) nested.push([id, inPassage]);
    }
    if (node.type === "text")
      words += String(node.value)
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return { passages, nested, words };
}

export const passageIdsOf = (body: string): string[] => bodyFacts(body).passages;
export const countWords = (body: string): number => bodyFacts(body).words;

/** Minutes to read a number of words at 230 words a minute, never less than one. */
export function minutesFor(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Minutes to read a body. */
export const readingMinutes = (body: string, wordsPerMinute = 230): number => minutesFor(countWords(body), wordsPerMinute);
