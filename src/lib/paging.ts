/**
 * Long lists cut into pages, so a page stays small however large the corpus grows: a page holds items up to a weight
 * (the lines it shows), never splitting an item, and at least one item.
 * @example pagesOf([3, 2, 4, 1], (n) => n, 5) // => [[3, 2], [4, 1]]
 */
export function pagesOf<T>(items: T[], weight: (item: T) => number, limit: number): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let load = 0;
  for (const item of items) {
    const itemWeight = weight(item);
    if (current.length > 0 && load + itemWeight > limit) {
      pages.push(current);
      current = [];
      load = 0;
    }
    current.push(item);
    load += itemWeight;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}
