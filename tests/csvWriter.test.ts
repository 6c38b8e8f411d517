// The one CSV writer (src/csv.ts) and the files written with it: RFC 4180, no value for NaN,
// and text a spreadsheet would run as a formula prefixed with ' (numbers never).
import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/csv.js';
import { sweepCsv } from '../src/experiment/sweep.js';
import { resultsCsv } from '../src/experiment/write.js';
import { scenarioStatistics } from '../src/experiment/summarise.js';
import { runReplication } from '../src/model/index.js';
import { eventLogCsv, parseCsv } from '../src/report/eventLog.js';
import { scenarioSchema } from '../src/scenario/schema.js';

describe('toCsv', () => {
  it('quotes what needs it, doubles quotes, ends every row with CRLF, leaves NaN empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['plain', 0.1],
          ['a, b', NaN],
          ['say "x"', -2],
        ],
      ),
    ).toBe('a,b\r\nplain,0.1\r\n"a, b",\r\n"say ""x""",-2\r\n');
  });

  it.each(['=SUM(A1)', '+31 6', '-10% admin', '@cmd', '\tx', '\rx'])('prefixes text starting with a formula character: %j', (text) => {
    const [, row] = parseCsv(toCsv(['v'], [[text]]));
    expect(row?.[0]).toBe(`'${text}`);
  });

  it('never prefixes a number, negative or not', () => {
    expect(toCsv(['v'], [[-0.25], [-3]])).toBe('v\r\n-0.25\r\n-3\r\n');
  });
});

describe('every CSV file goes through it', () => {
  const scenario = scenarioSchema.parse({ name: '-10 admin', simulation: { warmupYears: 0, years: 1, followUpYears: 0 } });

  it('results.csv: a scenario name that looks like a formula is text', () => {
    const result = runReplication(scenario, { seed: 1, replication: 0 });
    const csv = resultsCsv([{ scenario, file: 'x.yaml', hash: 'h' }], [[result]], [scenarioStatistics([result])]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['scenario', 'replication', 'metric', 'value']);
    expect(rows[1]?.[0]).toBe("'-10 admin");
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('the event log: an activity or resource that looks like a formula is text', () => {
    const csv = eventLogCsv([{ caseId: 1, activity: '=HYPERLINK("x")', timeDays: 1.5, resource: '@guardian', link: 'GI' }]);
    expect(parseCsv(csv)[1]).toEqual(['1', '\'=HYPERLINK("x")', '2020-01-02T12:00:00.000Z', '1.5', "'@guardian", 'GI']);
  });

  it('sweep.csv: values and estimates as numbers, NaN empty', () => {
    const csv = sweepCsv({
      parameters: ['guardians.adminShare'],
      points: [{ value: 0.3, values: { 'guardians.adminShare': 0.3 }, metrics: { m: { mean: -1, ci95: [NaN, 2] } } }],
    } as never);
    expect(csv).toBe('point,guardians.adminShare,metric,mean,ci95Low,ci95High\r\n0,0.3,m,-1,,2\r\n');
  });
});
