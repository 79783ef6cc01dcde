/**
 * "Did you mean": the existing ID nearest to a misspelt one, by edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours each count one), so `luo-qingyang` points to `luo-qingyan`.
 */

/** Edit distance between `a` and `b` (optimal string alignment), or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Largest distance still worth suggesting: one slip in a short ID, two in a longer one, three in a long one. */
export function suggestionLimit(word: string): number {
  return word.length <= 4 ? 1 : word.length <= 12 ? 2 : 3;
}

/** The candidate nearest to `word` within its limit (ties: the first in `candidates`), or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = suggestionLimit(word) + 1;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(word, c, bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
