// The event log of one family on the fixed path (pathScenario), for each way the path can go:
// what `jbsim trace` and the CSV/XES logs show (activity, the resource's role, the link), at the
// days the path's fixed durations give. Process mining reads these names, so each is checked.
// The path: local team 0 (help to 20, the table meets every 7 days: 21), investigation 21–71,
// preparation 14 days, hearing at the next session (91), OTS of 365 days, afschaling gap 10,
// aftercare 60.

import { describe, expect, it } from 'vitest';
import { pathScenario, runUntil, tracedChain, type Plain } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });
type Row = [number, string, string, string];

/** The family's events up to day 1000, with the resource's role (ids dropped). */
function log(...over: Plain[]): Row[] {
  const { chain, events, signal } = tracedChain(pathScenario(...over));
  signal(0);
  runUntil(chain, () => chain.sim.now > 1000);
  return events.filter((e) => e.caseId === 1).map((e) => [e.timeDays, e.activity, e.resource.replace(/#\d+$/, ''), e.link]);
}

const START: Row[] = [
  [0, 'signal', 'signal', 'signal'],
  [0, 'local team worker', 'LT', 'LT'],
  [21, 'jeugdbeschermingstafel', 'JBT', 'JBT'],
];
const INVESTIGATION: Row = [21, 'RvdK investigation', 'RvdK', 'RvdK'];
const AFTER = (at: number): Row[] => [
  [at, 'afschaling', 'LT', 'afschaling'],
  [at, 'local team worker', 'LT', 'LT'],
  [at + 60, 'closure', 'LT', 'exit'],
];

describe('the event log of the path', () => {
  it('today: an OTS, afschaling after the gap, closure after the aftercare', () => {
    expect(log()).toEqual([
      ...START,
      INVESTIGATION,
      [91, 'court hearing', 'judge', 'court'],
      [91, 'measure: OTS', 'court', 'GI'],
      [91, 'guardian assigned', 'guardian', 'GI'],
      [456, 'measure ends', 'GI', 'afschaling'],
      ...AFTER(466),
    ]);
  });

  it('through Veilig Thuis first, and signalled again 30 days after the closure', () => {
    const rows = log({ entry: { viaVeiligThuisShare: 1, reentryProbability: 1, reentryDelayDays: fixed(30) } });
    expect(rows.slice(0, 4)).toEqual([
      [0, 'signal', 'signal', 'signal'],
      [0, 'Veilig Thuis triage', 'VT', 'VT'],
      [7, 'local team worker', 'LT', 'LT'],
      [28, 'jeugdbeschermingstafel', 'JBT', 'JBT'],
    ]);
    expect(rows.filter((r) => r[3] === 'exit' || r[3] === 'signal')).toEqual([
      [0, 'signal', 'signal', 'signal'],
      [533, 'closure', 'LT', 'exit'],
      [563, 'signal (re-entry)', 'signal', 'signal'],
    ]);
  });

  it('a voogdij of its own length', () => {
    expect(log({ court: { otsShare: 0, voogdijShare: 1 }, gi: { voogdijDays: fixed(200) } }).slice(4)).toEqual([
      [91, 'court hearing', 'judge', 'court'],
      [91, 'measure: voogdij', 'court', 'GI'],
      [91, 'guardian assigned', 'guardian', 'GI'],
      [291, 'measure ends', 'GI', 'afschaling'],
      ...AFTER(301),
    ]);
  });

  it('an OTS extended at every review', () => {
    expect(log({ gi: { otsExtensionProbability: 1, maxExtensionProbability: 1 } }).slice(7)).toEqual([
      [456, 'OTS extended', 'court', 'GI'],
      [821, 'OTS extended', 'court', 'GI'],
    ]);
  });

  it('the table keeps it voluntary: the help runs its course with the same worker', () => {
    expect(log({ jbt: { compulsoryDecisionWithNeed: 0 } })).toEqual([...START, [121, 'closure', 'LT', 'exit']]);
  });

  it('the Raad asks for no measure, or the court rules none: afschaling after the gap', () => {
    expect(log({ rvdk: { measureRequestWithNeed: 0 } })).toEqual([...START, INVESTIGATION, ...AFTER(81)]);
    expect(log({ court: { otsShare: 0, voogdijShare: 0 } })).toEqual([
      ...START,
      INVESTIGATION,
      [91, 'court hearing', 'judge', 'court'],
      ...AFTER(101),
    ]);
  });

  it('long involvement: the guardian from the escalation to the closure, no afschaling', () => {
    expect(log({ reforms: { longInvolvement: { enabled: true } } })).toEqual([
      [0, 'signal', 'signal', 'signal'],
      [0, 'local team worker', 'LT', 'LT'],
      [20, 'guardian assigned', 'guardian', 'GI'],
      [21, 'jeugdbeschermingstafel', 'JBT', 'JBT'],
      INVESTIGATION,
      [91, 'court hearing', 'judge', 'court'],
      [91, 'measure: OTS', 'court', 'GI'],
      [456, 'measure ends', 'GI', 'afschaling'],
      [516, 'closure', 'LT', 'exit'],
    ]);
  });

  it('one organisation: no table, the investigation at the escalation, prompt afschaling', () => {
    expect(log({ reforms: { oneOrganisation: { enabled: true } } })).toEqual([
      [0, 'signal', 'signal', 'signal'],
      [0, 'local team worker', 'LT', 'LT'],
      [20, 'RvdK investigation', 'RvdK', 'RvdK'],
      [84, 'court hearing', 'judge', 'court'],
      [84, 'measure: OTS', 'court', 'GI'],
      [84, 'guardian assigned', 'guardian', 'GI'],
      [449, 'measure ends', 'GI', 'afschaling'],
      ...AFTER(449),
    ]);
  });

  it("the embedded guardian's advice keeps the escalation voluntary: the help runs its course with the same worker, as after the table", () => {
    expect(log({ reforms: { guardianInLocalTeam: { enabled: true, escalationReduction: 1 } } })).toEqual([
      [0, 'signal', 'signal', 'signal'],
      [0, 'local team worker', 'LT', 'LT'],
      [20, 'escalation averted by GI advice', 'LT', 'LT'],
      [120, 'closure', 'LT', 'exit'],
    ]);
  });
});
