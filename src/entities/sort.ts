/**
 * Sorting the few items of a paragraph or an article (matches, finds, mentions).
 */

/** Longer arrays go to the built-in sort, so that hostile input stays O(n log n). */
const INSERTION_MAX = 16;

/**
 * Sorts `items` in place by `compare` and returns them: the same order as Array.prototype.sort
 * (both are stable). Short arrays, nearly all of them, are sorted by insertion, which allocates
 * nothing; the built-in sort copies every array into a work array first.
 */
export function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, x) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = x;
  }
  return items;
}
