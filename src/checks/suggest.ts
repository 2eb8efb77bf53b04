/** "Did you mean …?" for a misspelt field name or id. */

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      row[j] = Math.min(current + 1, row[j - 1]! + 1, previous + cost);
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest candidate, if it is close enough to be a likely typo. */
function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: [string, number] | undefined;
  for (const candidate of candidates) {
    const d = editDistance(value, candidate);
    if (!best || d < best[1]) best = [candidate, d];
  }
  return best && best[1] <= Math.max(2, Math.floor(value.length / 3)) ? best[0] : undefined;
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const found = closest(value, candidates);
  return found ? `did you mean "${found}"? ` : '';
}

/** The same, as a closing sentence: ". Did you mean "astra"?" */
export function didYouMeanSuffix(value: string, candidates: Iterable<string>): string {
  const found = closest(value, candidates);
  return found ? `. Did you mean "${found}"?` : '';
}
