// Names beside points that do not print over each other, nor over a point, nor past the plot's
// edge: Vega-Lite has no label placement, so a chart whose scales are known in advance places its
// labels here.

/** A point to name: its centre in pixels from the plot's top left, and the width of its name. */
export interface NamedPoint {
  x: number;
  y: number;
  width: number;
}

/** Where a name goes: `x` is where its text starts (align left) or ends (align right); `y` its vertical centre. */
export interface PlacedLabel {
  x: number;
  y: number;
  align: 'left' | 'right';
  /** Away from its point: a thin line should join the two. */
  moved: boolean;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Names beside points, each inside the plot and clear of every other name and every point: a name
 * that runs past the plot's edge widens the chart, which the report then shrinks until the names
 * are too small to read. Each name tries the places a reader looks first (right of its point, left,
 * then above or below on either side); only when all are taken does it move a line at a time up or
 * down, joined to its point by a thin line. `line` is the height of a name, `gap` the room between
 * a point's centre and its name, `radius` the room a point takes.
 */
export function placeLabels(points: readonly NamedPoint[], plot: { width: number; height: number }, line: number, gap: number, radius: number): PlacedLabel[] {
  const dots: Box[] = points.map((p) => ({ left: p.x - radius, right: p.x + radius, top: p.y - radius, bottom: p.y + radius }));
  const placed: Box[] = [];
  const boxOf = (c: PlacedLabel, width: number): Box => ({
    left: c.align === 'left' ? c.x : c.x - width,
    right: c.align === 'left' ? c.x + width : c.x,
    top: c.y - line / 2,
    bottom: c.y + line / 2,
  });
  // a hair of slack: a name exactly one line below another does not clash
  const free = (b: Box) =>
    b.left >= 0 && b.right <= plot.width && b.top >= -1e-6 && b.bottom <= plot.height + 1e-6 && !placed.some((p) => overlaps(b, { ...p, bottom: p.bottom - 1e-6 })) && !dots.some((d) => overlaps(b, d));
  // top to bottom, then left to right: the same input always gives the same picture
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.y - points[b]!.y || points[a]!.x - points[b]!.x);
  const out = new Array<PlacedLabel>(points.length);
  for (const i of order) {
    const p = points[i]!;
    const near: PlacedLabel[] = [
      { x: p.x + gap, y: p.y, align: 'left', moved: false },
      { x: p.x - gap, y: p.y, align: 'right', moved: false },
      { x: p.x + radius / 2, y: p.y - line, align: 'left', moved: false },
      { x: p.x + radius / 2, y: p.y + line, align: 'left', moved: false },
      { x: p.x - radius / 2, y: p.y - line, align: 'right', moved: false },
      { x: p.x - radius / 2, y: p.y + line, align: 'right', moved: false },
    ];
    let choice = near.find((c) => free(boxOf(c, p.width)));
    if (choice === undefined) {
      // the side with more room, the name slid inside the plot, then a line at a time away from the point
      const align = p.x <= plot.width / 2 ? 'left' : 'right';
      const x = align === 'left' ? Math.min(p.x + gap, Math.max(0, plot.width - p.width)) : Math.max(p.x - gap, Math.min(plot.width, p.width));
      const steps = Math.ceil(plot.height / line);
      for (let k = 1; k <= steps && choice === undefined; k++) {
        for (const y of [p.y + k * line, p.y - k * line]) {
          const c: PlacedLabel = { x, y, align, moved: true };
          if (free(boxOf(c, p.width))) {
            choice = c;
            break;
          }
        }
      }
      // no room anywhere: beside its point, inside the plot, even if over another
      choice ??= { x, y: Math.min(Math.max(p.y, line / 2), plot.height - line / 2), align, moved: false };
    }
    placed.push(boxOf(choice, p.width));
    out[i] = choice;
  }
  return out;
}
