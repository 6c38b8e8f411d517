// Names beside points that do not print over each other: Vega-Lite has no label placement, so a
// chart whose scales are known in advance places its labels here. Each label keeps its place
// unless it would overlap one already placed; then it moves down by whole lines until it fits.

export interface LabelBox {
  /** Left edge, in pixels from the plot's left. */
  x: number;
  /** Vertical centre, in pixels from the plot's top. */
  y: number;
  width: number;
}

/**
 * The vertical centre of each label after spreading, in the boxes' order. `line` is the height
 * a label takes; a label is not moved above `top` or below `bottom` (when there is no room, the
 * last ones share the bottom line).
 */
export function spreadLabels(boxes: readonly LabelBox[], line: number, top: number, bottom: number): number[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.y - boxes[b]!.y || boxes[a]!.x - boxes[b]!.x);
  const placed: Array<{ x: number; width: number; y: number }> = [];
  const out = new Array<number>(boxes.length);
  for (const i of order) {
    const box = boxes[i]!;
    let y = Math.max(top, box.y);
    // a label exactly one line below another does not clash: (a + line) − a can come out a hair under line
    const clash = () => placed.find((p) => box.x < p.x + p.width && p.x < box.x + box.width && Math.abs(y - p.y) < line - 1e-6);
    for (let c = clash(); c !== undefined && y < bottom; c = clash()) y = c.y + line;
    y = Math.min(y, bottom);
    placed.push({ x: box.x, width: box.width, y });
    out[i] = y;
  }
  return out;
}
