// Suggests the name a user probably meant when a key is not recognised: scenario files are
// typed by hand, and "caseloadCapChilderen" should lead straight to "caseloadCapChildren".

/** Edit distance with adjacent transpositions (optimal string alignment), case-sensitive. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // rows of b.length + 1 distances, read at j ≤ b.length only (hence `!`)
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      cur.push(d);
    }
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo; case is ignored. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  // Very long input is not a typo of a short key, and would make the distance costly.
  if (word.length === 0 || word.length > 200) return undefined;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.min(3, Math.floor(Math.max(w.length, best.length) / 4)));
  if (bestDistance <= allowed) return best;
  // A part of the name ("admin" for "adminShare"): the shortest candidate that contains it.
  if (w.length < 4) return undefined;
  const containing = candidates.filter((c) => c.toLowerCase().includes(w)).sort((a, b) => a.length - b.length);
  return containing[0];
}
