// Names beside points: none prints over another, and none moves that need not.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels, type LabelBox } from '../../src/report/labelPlacement.js';

const LINE = 12;
const overlap = (a: LabelBox, ay: number, b: LabelBox, by: number) => a.x < b.x + b.width && b.x < a.x + a.width && Math.abs(ay - by) < LINE - 1e-6;

describe('spreadLabels', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(spreadLabels([{ x: 0, y: 50, width: 100 }, { x: 200, y: 52, width: 100 }, { x: 0, y: 80, width: 100 }], LINE, 6, 214)).toEqual([50, 52, 80]);
  });

  it('moves the lower of two overlapping labels down by a line', () => {
    expect(spreadLabels([{ x: 10, y: 50, width: 100 }, { x: 20, y: 52, width: 100 }], LINE, 6, 214)).toEqual([50, 62]);
  });

  it('ends on the labels of the bundled comparison (a sum a hair under a line once made it loop)', () => {
    const ys = [9.900378961422076, 11.727086000880917, 64.79388802625112, 13.134648740120781, 10.750525028509365, 9.499090916653843, 15.871031166659705, 12.094580561043962, 192.56365454606686];
    const xs = [245.83, 83.999, 317.357, 133.593, 183.904, 266.953, 174.523, 184.982, 31.818];
    const widths = [75.04, 123.93, 163.65, 139.51, 90.02, 93.39, 69.48, 227.87, 128.39];
    const boxes = ys.map((y, i) => ({ x: xs[i]!, y, width: widths[i]! }));
    const at = spreadLabels(boxes, LINE, 6, 214);
    for (let i = 0; i < boxes.length; i++) for (let j = 0; j < i; j++) expect(overlap(boxes[i]!, at[i]!, boxes[j]!, at[j]!)).toBe(false);
  });

  it('never leaves two labels overlapping while there is room, and never moves one up', () => {
    const box = fc.record({ x: fc.double({ min: 0, max: 300, noNaN: true }), y: fc.double({ min: 6, max: 120, noNaN: true }), width: fc.double({ min: 10, max: 200, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 8 }), (boxes) => {
        // eight labels from at most 120 px down fit above 214 px
        const at = spreadLabels(boxes, LINE, 6, 214);
        boxes.forEach((b, i) => expect(at[i]!).toBeGreaterThanOrEqual(b.y));
        for (let i = 0; i < boxes.length; i++) for (let j = 0; j < i; j++) expect(overlap(boxes[i]!, at[i]!, boxes[j]!, at[j]!)).toBe(false);
      }),
    );
  });
});
