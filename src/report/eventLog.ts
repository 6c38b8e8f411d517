// A family trace as an event log for process-mining tools (ProM, Disco, pm4py, Celonis): CSV with
// one row per event, and XES (IEEE 1849-2016) with one trace per case. Model time is in days; a
// timestamp is that many days after a fixed epoch, 2020-01-01T00:00:00Z, so logs from different
// runs line up and durations read correctly. The dates themselves mean nothing.

import { toCsv } from '../csv.js';
import type { TraceEvent } from '../model/results.js';

export const EVENT_LOG_EPOCH = Date.UTC(2020, 0, 1);
const MS_PER_DAY = 86_400_000;

export function timestampOf(timeDays: number): string {
  return new Date(EVENT_LOG_EPOCH + Math.round(timeDays * MS_PER_DAY)).toISOString();
}

/** Events by case, then by time; the sort is stable so same-time events keep the model's order. */
export function sortEvents(events: TraceEvent[]): TraceEvent[] {
  return [...events].sort((a, b) => a.caseId - b.caseId || a.timeDays - b.timeDays);
}

// ---- CSV ------------------------------------------------------------------------------------

export const EVENT_LOG_COLUMNS = ['case_id', 'activity', 'timestamp', 'time_days', 'resource', 'link'] as const;

/** One row per event, sorted by case and time (the one CSV writer: src/csv.ts). */
export function eventLogCsv(events: TraceEvent[]): string {
  return toCsv(
    EVENT_LOG_COLUMNS,
    sortEvents(events).map((e) => [e.caseId, e.activity, timestampOf(e.timeDays), e.timeDays, e.resource, e.link]),
  );
}

/** Reads RFC 4180 CSV into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The events back from eventLogCsv's output. */
export function eventsFromCsv(text: string): TraceEvent[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) throw new Error('the event log is empty: not even a header row');
  return rows.map((r, i) => {
    const cell = (name: (typeof EVENT_LOG_COLUMNS)[number]) => {
      const value = r[header.indexOf(name)];
      if (value === undefined) throw new Error(`event log row ${i + 1} has no ${name}`);
      return value;
    };
    return {
      caseId: Number(cell('case_id')),
      activity: cell('activity'),
      timeDays: Number(cell('time_days')),
      resource: cell('resource'),
      link: cell('link') as TraceEvent['link'],
    };
  });
}

// ---- XES ------------------------------------------------------------------------------------

/** XML attribute text: escaped, and without the control characters XML 1.0 forbids. */
export function xmlAttribute(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attr(type: 'string' | 'date' | 'float', key: string, value: string): string {
  return `<${type} key="${key}" value="${xmlAttribute(value)}"/>`;
}

/**
 * XES as IEEE 1849-2016 defines it, so that strict tools accept it: `xes.version` is the
 * standard's version number (a decimal), classifier names are XML names (no spaces), and the
 * elements are in no namespace, as in the standard's schema (which declares none; a default
 * namespace would make a validator find no `log` element). The tests validate the output
 * with xmllint against that schema (tests/fixtures/xes-ieee-1849-2016.xsd).
 */
export function eventLogXes(events: TraceEvent[], logName = 'jbsim trace'): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1.0">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    `  <global scope="trace">${attr('string', 'concept:name', '__INVALID__')}</global>`,
    `  <global scope="event">${attr('string', 'concept:name', '__INVALID__')}${attr('date', 'time:timestamp', '1970-01-01T00:00:00.000Z')}${attr('string', 'org:resource', '')}${attr('string', 'lifecycle:transition', 'complete')}</global>`,
    '  <classifier name="Activity" keys="concept:name"/>',
    '  <classifier name="ActivityAndResource" keys="concept:name org:resource"/>',
    `  ${attr('string', 'concept:name', logName)}`,
    `  ${attr('date', 'jbsimEpoch', new Date(EVENT_LOG_EPOCH).toISOString())}`,
  ];
  let current: number | undefined;
  for (const e of sortEvents(events)) {
    if (e.caseId !== current) {
      if (current !== undefined) out.push('  </trace>');
      out.push(`  <trace>${attr('string', 'concept:name', String(e.caseId))}`);
      current = e.caseId;
    }
    out.push(
      `    <event>${attr('string', 'concept:name', e.activity)}${attr('date', 'time:timestamp', timestampOf(e.timeDays))}${attr('string', 'org:resource', e.resource)}${attr('string', 'lifecycle:transition', 'complete')}${attr('string', 'link', e.link)}${attr('float', 'timeDays', String(e.timeDays))}</event>`,
    );
  }
  if (current !== undefined) out.push('  </trace>');
  out.push('</log>', '');
  return out.join('\n');
}
