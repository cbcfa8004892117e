/**
 * A list kept sorted by a comparator: O(log n) search, O(1) append when items arrive in order (the usual
 * case, since the emulator clock only moves forward), so paging never sorts per request.
 */
export class SortedList<T> {
  readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get length(): number {
    return this.items.length;
  }

  insert(item: T): void {
    const items = this.items;
    if (items.length === 0 || this.compare(items[items.length - 1]!, item) <= 0) {
      items.push(item);
      return;
    }
    items.splice(this.upperBound(item), 0, item);
  }

  remove(item: T): boolean {
    const index = this.items.indexOf(item);
    if (index < 0) return false;
    this.items.splice(index, 1);
    return true;
  }

  /** The index of the first item greater than `probe` (items equal to it come before). */
  upperBound(probe: T): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.items[mid]!, probe) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of the first item not less than `probe`. */
  lowerBound(probe: T): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.items[mid]!, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
