// The chain diagram is drawn from the results: the share of signals on each path and the waits
// come from the summaries, what clearly differs in the reform is marked (and nothing else), user
// text is escaped, and the SVG is well-formed.

import { describe, expect, it } from 'vitest';
import { chainDiagram, chainFigures } from '../../src/report/chain.js';
import { labelsFor } from '../../src/report/labels.js';
import { BETTER, WORSE } from '../../src/report/theme.js';
import { HOSTILE_NAME, makeFixture } from './fixtures.js';
import { checkWellFormed } from './xml.js';

describe('the chain diagram', () => {
  const { summaries, comparison } = makeFixture([
    { name: 'base' },
    // the wait for a gezinsvoogd clearly longer, the investigation wait clearly shorter, fewer escalations
    { name: 'reform', effect: { 'waitDays.GI': 1.5, 'waitDays.RvdK': 0.5, escalationsToJBT: 0.8 } },
  ]);
  const labels = labelsFor('nl');

  it('counts the paths per 100 signals from the summary', () => {
    const f = chainFigures(summaries[0]!);
    // 660 escalations, 560 investigations, 440 measures of 2900 new families and 500 re-entries
    expect(f.escalated.value).toBeCloseTo((100 * 660) / 3400, 9);
    expect(f.investigated.value).toBeCloseTo((100 * 560) / 3400, 9);
    expect(f.measured.value).toBeCloseTo((100 * 440) / 3400, 9);
    expect(f.waits.GI.value).toBe(38);
    expect(f.measureYears.value).toBeCloseTo(1200 / 365.25, 9);
    expect(f.hasTable).toBe(true);
  });

  it('shows the baseline beside the reform, marking only what clearly differs', () => {
    const d = chainDiagram(labels, summaries[0]!, 'Nu', { summary: summaries[1]!, title: 'Hervorming', comparison });
    expect(checkWellFormed(d.svg)).toBe('svg');
    const [left, right] = d.svg.split('>Hervorming<');
    // the baseline column is plain; the reform's has the longer GI wait in orange and the shorter RvdK wait in blue
    expect(left).not.toContain('<tspan');
    expect(right).toContain(`<tspan font-weight="bold" fill="${WORSE}">wacht 57,0 d</tspan>`);
    expect(right).toContain(`<tspan font-weight="bold" fill="${BETTER}">wacht 15,5 d</tspan>`);
    // fewer escalations: the share is bold (a count that clearly changed), without a verdict colour
    expect(right).toContain('<tspan font-weight="bold" fill="#000000">16 van 100</tspan>');
    // the court's wait did not change: plain in both columns
    expect(right).toMatch(/>wacht 24,0 d</);
    expect(d.name).toBe('chain-reform');
  });

  it('escapes the titles a user wrote', () => {
    const d = chainDiagram(labels, summaries[0]!, HOSTILE_NAME);
    expect(d.svg).not.toContain('<script>');
    expect(checkWellFormed(d.svg)).toBe('svg');
  });
});
