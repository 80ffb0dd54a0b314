/**
 * Entries grouped under their dates, in the order they come: a log that names each day once, with the
 * day's entries under it. Pure: no Astro, no collections.
 */
export interface DateGroup<T> {
  date: string;
  entries: T[];
}

export function groupByDate<T extends { published: string }>(entries: readonly T[]): DateGroup<T>[] {
  const groups: DateGroup<T>[] = [];
  for (const entry of entries) {
    const group = groups.find((g) => g.date === entry.published);
    if (group) group.entries.push(entry);
    else groups.push({ date: entry.published, entries: [entry] });
  }
  return groups;
}
