// Counts what Vega drew: the items inside each mark group of an SVG (bars, points, lines, text).

const GROUP = /<g class="mark-(rect|symbol|line|area|rule|text|trail) role-mark[^"]*"[^>]*>((?:<(?:path|line|text)\b[^>]*?(?:\/>|>[^<]*<\/text>))*)<\/g>/g;

export function markItems(svg: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of svg.matchAll(GROUP)) {
    const items = (m[2].match(/<(path|line|text)\b/g) ?? []).length;
    counts[m[1]] = (counts[m[1]] ?? 0) + items;
  }
  return counts;
}

export function totalMarks(svg: string): number {
  return Object.values(markItems(svg)).reduce((a, b) => a + b, 0);
}
