// The event log: CSV reads back to the same events (commas, quotes, line breaks and all), and
// XES is well-formed XML with a trace per case and ISO timestamps from the documented epoch.

import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/model/results.js';
import { eventLogCsv, eventLogXes, eventsFromCsv, parseCsv, timestampOf } from '../../src/report/eventLog.js';
import { makeJourney } from './fixtures.js';
import { checkWellFormed } from './xml.js';
import { defined } from '../helpers/defined.js';

const awkward: TraceEvent[] = [
  { caseId: 2, activity: 'signal, from "school"', timeDays: 0.25, resource: 'teacher\nsecond line', link: 'signal' },
  { caseId: 1, activity: 'hearing <OTS> & more', timeDays: 400.123456789, resource: ' padded ', link: 'court' },
  { caseId: 1, activity: 'signal', timeDays: 3, resource: "O'Brien; ö", link: 'signal' },
];

describe('event log', () => {
  it('maps model days to timestamps from 2020-01-01', () => {
    expect(timestampOf(0)).toBe('2020-01-01T00:00:00.000Z');
    expect(timestampOf(1.5)).toBe('2020-01-02T12:00:00.000Z');
    expect(timestampOf(366)).toBe('2021-01-01T00:00:00.000Z');
  });

  it('writes CSV that reads back to the same events, sorted by case and time', () => {
    const csv = eventLogCsv(awkward);
    expect(csv.split('\r\n')[0]).toBe('case_id,activity,timestamp,time_days,resource,link');
    const back = eventsFromCsv(csv);
    const sorted = [...awkward].sort((a, b) => a.caseId - b.caseId || a.timeDays - b.timeDays);
    expect(back).toEqual(sorted);
    expect(parseCsv(csv).every((row) => row.length === 6)).toBe(true);
    const journey = makeJourney();
    expect(eventsFromCsv(eventLogCsv(journey.events))).toEqual([...journey.events].sort((a, b) => a.timeDays - b.timeDays));
  });

  it('writes well-formed XES with one trace per case', () => {
    const xes = eventLogXes([...awkward, { caseId: 3, activity: 'ctrl\u0001char', timeDays: 1, resource: 'x', link: 'LT' }], 'log <name> & co');
    expect(checkWellFormed(xes)).toBe('log');
    expect(xes.match(/<trace>/g)).toHaveLength(3);
    expect(xes.match(/<event>/g)).toHaveLength(4);
    expect(xes).toContain('<log xes.version="1.0">');
    expect(xes).toContain('value="hearing &lt;OTS&gt; &amp; more"');
    expect(xes).toContain('value="teacher&#10;second line"');
    expect(xes).not.toContain('\u0001');
    for (const m of xes.matchAll(/key="time:timestamp" value="([^"]+)"/g)) expect(m[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // events in a trace are in time order
    const times = [...defined(xes.split('<trace>')[1], 'a first trace').matchAll(/key="timeDays" value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('catches malformed XML (the checker itself)', () => {
    expect(() => checkWellFormed('<a><b></a></b>')).toThrow();
    expect(() => checkWellFormed('<a x="1 & 2"/>')).toThrow();
    expect(() => checkWellFormed('<a/><b/>')).toThrow();
  });
});
