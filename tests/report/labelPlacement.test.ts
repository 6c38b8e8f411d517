// Names beside points: inside the plot, none over another name or over a point, and none moved
// away from its point that could stay beside it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NamedPoint, type PlacedLabel, placeLabels } from '../../src/report/labelPlacement.js';

const LINE = 12;
const GAP = 7;
const RADIUS = 5;
const PLOT = { width: 380, height: 240 };

const boxOf = (p: NamedPoint, l: PlacedLabel) => ({ left: l.align === 'left' ? l.x : l.x - p.width, right: l.align === 'left' ? l.x + p.width : l.x, top: l.y - LINE / 2, bottom: l.y + LINE / 2 });
const clash = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.left < b.right - 1e-6 && b.left < a.right - 1e-6 && a.top < b.bottom - 1e-6 && b.top < a.bottom - 1e-6;

/** Every way the placed names fail a reader: past the edge, over another name, over a point. */
function problems(points: readonly NamedPoint[], at: readonly PlacedLabel[]): string[] {
  const out: string[] = [];
  const boxes = points.map((p, i) => boxOf(p, at[i]!));
  boxes.forEach((b, i) => {
    if (b.left < -1e-6 || b.right > PLOT.width + 1e-6 || b.top < -1e-6 || b.bottom > PLOT.height + 1e-6) out.push(`name ${i} outside the plot`);
    for (let j = 0; j < i; j++) if (clash(b, boxes[j]!)) out.push(`names ${j} and ${i} overlap`);
    points.forEach((p, j) => {
      if (clash(b, { left: p.x - RADIUS, right: p.x + RADIUS, top: p.y - RADIUS, bottom: p.y + RADIUS })) out.push(`name ${i} over point ${j}`);
    });
  });
  return out;
}

describe('placeLabels', () => {
  it('names a point on its right when there is room, on its left near the right edge', () => {
    const points = [
      { x: 50, y: 50, width: 100 },
      { x: 340, y: 120, width: 100 },
    ];
    expect(placeLabels(points, PLOT, LINE, GAP, RADIUS)).toEqual([
      { x: 57, y: 50, align: 'left', moved: false },
      { x: 333, y: 120, align: 'right', moved: false },
    ]);
  });

  it('keeps the names of a cluster inside the plot, clear of each other and of the points', () => {
    // the bundled comparison's grey cluster on the time to a first visit: five points within 60 pixels
    const points = [
      { x: 140, y: 60, width: 150 },
      { x: 165, y: 61, width: 125 },
      { x: 180, y: 60, width: 105 },
      { x: 190, y: 58, width: 240 },
      { x: 255, y: 57, width: 80 },
      { x: 262, y: 58, width: 200 },
    ];
    const at = placeLabels(points, PLOT, LINE, GAP, RADIUS);
    expect(problems(points, at)).toEqual([]);
  });

  it('never lets a name run past the plot, print over another name or over a point, while there is room', () => {
    const point = fc.record({ x: fc.double({ min: 0, max: PLOT.width, noNaN: true }), y: fc.double({ min: 0, max: PLOT.height, noNaN: true }), width: fc.double({ min: 20, max: 240, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 9 }), (points) => {
        expect(problems(points, placeLabels(points, PLOT, LINE, GAP, RADIUS))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
