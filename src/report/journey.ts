// One family's journey as a Gantt chart: a bar per professional the family meets, over time since
// the first signal. It is the chart that makes "27 guardians in six years" visible: every new
// gezinsvoogd is another bar.

import type { ProfessionalSpell, TraceEvent } from '../model/results.js';
import { topLevel, type ChartDef } from './charts.js';
import { formatNumber } from './format.js';
import type { Labels } from './labels.js';
import { GREY, OKABE_ITO } from './theme.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../model/units.js';

const ROLE_ORDER: ProfessionalSpell['role'][] = ['VT', 'LT', 'provider', 'JBT', 'RvdK', 'judge', 'guardian', 'replacement'];
const ROLE_COLOURS: Record<ProfessionalSpell['role'], string> = {
  VT: OKABE_ITO.skyBlue,
  LT: OKABE_ITO.blue,
  provider: GREY,
  JBT: OKABE_ITO.green,
  RvdK: OKABE_ITO.purple,
  judge: OKABE_ITO.black,
  guardian: OKABE_ITO.vermillion,
  replacement: OKABE_ITO.orange,
};

export interface JourneyFacts {
  professionals: number;
  guardians: number;
  years: number;
}

/** Counts for the title: distinct professionals, distinct gezinsvoogden (replacements too: also a new face). */
export function journeyFacts(spells: ProfessionalSpell[]): JourneyFacts {
  const professionals = new Set(spells.map((s) => s.professional)).size;
  const guardians = new Set(spells.filter((s) => s.role === 'guardian' || s.role === 'replacement').map((s) => s.professional)).size;
  const start = Math.min(...spells.map((s) => s.startDays));
  const end = Math.max(...spells.map((s) => s.endDays));
  return { professionals, guardians, years: spells.length ? (end - start) / DAYS_PER_YEAR : 0 };
}

/** "guardian#8 (GI X)" reads as "gezinsvoogd #8 (GI X)"; names the model did not build stay as they are. */
function displayName(labels: Labels, spell: ProfessionalSpell): string {
  const m = /^([A-Za-z]+)#(\d+)(.*)$/.exec(spell.professional);
  return m && m[1] === spell.role ? `${labels.roles[spell.role]} #${m[2]}${m[3]}` : spell.professional;
}

export function journeyChart(labels: Labels, caseId: number, spells: ProfessionalSpell[], events: TraceEvent[] = []): ChartDef {
  const w = labels.charts.journey;
  const facts = journeyFacts(spells);
  const origin = Math.min(...spells.map((s) => s.startDays), ...events.map((e) => e.timeDays));
  const spanMonths = Math.max(1, (Math.max(...spells.map((s) => s.endDays), ...events.map((e) => e.timeDays)) - origin) / DAYS_PER_MONTH);
  // a meeting or a hearing lasts a day: give it a visible minimum width
  const minWidth = spanMonths / 250;
  const names = new Map(spells.map((s) => [s.professional, displayName(labels, s)]));
  const order = [...new Set([...spells].sort((a, b) => a.startDays - b.startDays || a.professional.localeCompare(b.professional)).map((s) => names.get(s.professional)!))];
  const bars = spells.map((s) => {
    const start = (s.startDays - origin) / DAYS_PER_MONTH;
    const end = Math.max((s.endDays - origin) / DAYS_PER_MONTH, start + minWidth);
    return {
      layer: 'spell',
      professional: names.get(s.professional)!,
      role: labels.roles[s.role],
      start,
      end,
      startText: formatNumber(labels, start, 1),
      endText: formatNumber(labels, (s.endDays - origin) / DAYS_PER_MONTH, 1),
      durationText: formatNumber(labels, s.endDays - s.startDays, 0),
    };
  });
  const eventLane = w.eventLane;
  const marks = events.map((e) => ({
    layer: 'event',
    professional: names.get(e.resource) ?? eventLane,
    activity: e.activity,
    resource: e.resource,
    at: (e.timeDays - origin) / DAYS_PER_MONTH,
    atText: formatNumber(labels, (e.timeDays - origin) / DAYS_PER_MONTH, 1),
  }));
  const rows = marks.some((m) => m.professional === eventLane) ? [eventLane, ...order] : order;
  const roles = ROLE_ORDER.filter((r) => spells.some((s) => s.role === r));
  const title = w.title(caseId, facts.professionals, facts.guardians, formatNumber(labels, facts.years, 1));
  const y = { field: 'professional', type: 'nominal', sort: rows, title: null, axis: { labelLimit: 280 } };
  const spec = topLevel(labels, title, w.caption, {
    data: { values: [...bars, ...marks] },
    width: 620,
    height: { step: 16 },
    layer: [
      {
        transform: [{ filter: "datum.layer === 'spell'" }],
        mark: { type: 'bar', height: { band: 0.75 }, cornerRadius: 1 },
        encoding: {
          y,
          x: { field: 'start', type: 'quantitative', title: w.axis, scale: { zero: true, nice: false } },
          x2: { field: 'end' },
          color: { field: 'role', type: 'nominal', title: w.role, sort: roles.map((r) => labels.roles[r]), scale: { domain: roles.map((r) => labels.roles[r]), range: roles.map((r) => ROLE_COLOURS[r]) } },
          tooltip: [
            { field: 'professional', title: w.professional },
            { field: 'role', title: w.role },
            { field: 'startText', title: w.start },
            { field: 'endText', title: w.end },
            { field: 'durationText', title: w.duration },
          ],
        },
      },
      {
        transform: [{ filter: "datum.layer === 'event'" }],
        mark: { type: 'point', shape: 'diamond', filled: true, size: 36, color: '#222222', opacity: 0.85 },
        encoding: {
          y,
          x: { field: 'at', type: 'quantitative' },
          tooltip: [
            { field: 'activity', title: w.event },
            { field: 'resource', title: w.professional },
            { field: 'atText', title: w.month },
          ],
        },
      },
    ],
  });
  return { name: 'journey', title, caption: w.caption, spec };
}
