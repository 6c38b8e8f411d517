// Counts what Vega drew: the items inside each mark group of an SVG (bars, points, lines, text).

const GROUP = /<g class="mark-(rect|symbol|line|area|rule|text|trail) role-mark[^"]*"[^>]*>((?:<(?:path|line|text)\b[^>]*?(?:\/>|>[^<]*<\/text>))*)<\/g>/g;

export function markItems(svg: string): Record<string, number> {
  const counts: Record<string, number> = {};
  // both groups of GROUP are there once it matched
  for (const [, mark, body] of svg.matchAll(GROUP)) {
    const items = (body!.match(/<(path|line|text)\b/g) ?? []).length;
    counts[mark!] = (counts[mark!] ?? 0) + items;
  }
  return counts;
}

export function totalMarks(svg: string): number {
  return Object.values(markItems(svg)).reduce((a, b) => a + b, 0);
}
