/**
 * Names in another language than the page's (the Naval Ship Comfort in Spanish text, the ’Ndrangheta
 * in both editions), so that a screen reader pronounces them in their own language. The glossary says
 * which terms are such names (field `lang`); every text of the page is cut around them.
 */

export interface ForeignName {
  text: string;
  lang: string;
}

export type Piece = string | ForeignName;

/** The names of a glossary whose language is not the edition's, longest first (so a longer name wins). */
export function foreignNamesOf(glossary: { term: string; lang?: string | undefined }[], locale: string): ForeignName[] {
  return glossary
    .filter((entry): entry is { term: string; lang: string } => entry.lang !== undefined && entry.lang !== locale)
    .map((entry) => ({ text: entry.term, lang: entry.lang }))
    .sort((a, b) => b.text.length - a.text.length);
}

/** `text` cut into plain runs and foreign names: "enviar el Naval Ship Comfort a" -> ["enviar el ", {…}, " a"]. */
export function splitForeignNames(text: string, names: ForeignName[]): Piece[] {
  const pieces: Piece[] = [];
  let rest = text;
  while (rest.length > 0) {
    let first: { at: number; name: ForeignName } | undefined;
    for (const name of names) {
      const at = rest.indexOf(name.text);
      if (at !== -1 && (first === undefined || at < first.at)) first = { at, name };
    }
    if (!first) break;
    if (first.at > 0) pieces.push(rest.slice(0, first.at));
    pieces.push(first.name);
    rest = rest.slice(first.at + first.name.text.length);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}
