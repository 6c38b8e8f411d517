// The event log as OCEL 2.0 JSON (object-centric event logs, ocel-standard.org): events linked to
// the objects they concern, instead of one trace per family. That fits the chain better than XES:
// a handover concerns a family and two professionals at once. Objects:
//   family        one per family (attribute: children)
//   child         the family's children (a measure concerns each child)
//   case          one trajectory of a family, from a signal to closure (a re-entry opens a new one)
//   professional  everyone who was the family's resource or responsible (attribute: role)
// Every event is linked to its family and case, to its professional when it has one, and a
// measure or a hearing to each child; every handover to its family, its case and both
// professionals (qualifiers "from" and "to"). Values are strings, as the standard's JSON schema
// requires; times are the event log's (src/report/eventLog.ts: days after 2020-01-01).

import type { TraceEvent, TraceHandover } from '../model/results.js';
import { EVENT_LOG_EPOCH, sortEvents, timestampOf } from './eventLog.js';

interface Relationship {
  objectId: string;
  qualifier: string;
}
interface OcelObject {
  id: string;
  type: 'family' | 'child' | 'case' | 'professional';
  attributes: { name: string; value: string; time: string }[];
  relationships: Relationship[];
}
interface OcelEvent {
  id: string;
  type: string;
  time: string;
  attributes: { name: string; value: string }[];
  relationships: Relationship[];
}
export interface OcelLog {
  objectTypes: { name: string; attributes: { name: string; type: string }[] }[];
  eventTypes: { name: string; attributes: { name: string; type: string }[] }[];
  objects: OcelObject[];
  events: OcelEvent[];
}

export interface OcelInput {
  events: readonly TraceEvent[];
  handovers: readonly TraceHandover[];
  /** Children per family; a family not in it has one. */
  children: ReadonlyMap<number, number>;
}

/** A resource that is a person (`role#id`), not a place or a list (`GI waiting list`). */
const PROFESSIONAL = /^([A-Za-z]+)#\d+$/;
/** Events that concern each child of the family, not only the family. */
const CONCERNS_CHILDREN = /^(measure: |court hearing|OTS extended|measure ends)/;
const START_OF_CASE = /^signal/;

export const familyId = (caseId: number) => `family-${caseId}`;
export const professionalId = (name: string) => `professional-${name}`;

export function eventLogOcel(input: OcelInput): OcelLog {
  const since = new Date(EVENT_LOG_EPOCH).toISOString();
  const objects = new Map<string, OcelObject>();
  const object = (id: string, type: OcelObject['type'], attributes: OcelObject['attributes'] = [], relationships: Relationship[] = []) => {
    if (!objects.has(id)) objects.set(id, { id, type, attributes, relationships });
    return id;
  };
  const family = (caseId: number) => {
    const n = input.children.get(caseId) ?? 1;
    const id = object(familyId(caseId), 'family', [{ name: 'children', value: String(n), time: since }]);
    for (let k = 1; k <= n; k++) object(`child-${caseId}.${k}`, 'child', [], [{ objectId: id, qualifier: 'child of' }]);
    return id;
  };
  const professional = (name: string) => object(professionalId(name), 'professional', [{ name: 'role', value: PROFESSIONAL.exec(name)?.[1] ?? name, time: since }]);

  // A case is a family's trajectory: each signal opens the next one.
  const trajectory = new Map<number, number>();
  const caseOf = (caseId: number) => `case-${caseId}.${trajectory.get(caseId) ?? 1}`;

  interface Timed {
    caseId: number;
    timeDays: number;
    event?: TraceEvent;
    handover?: TraceHandover;
  }
  // handovers after the events of the same instant (the event that caused one comes first)
  const timeline: Timed[] = [...sortEvents([...input.events]).map((e) => ({ caseId: e.caseId, timeDays: e.timeDays, event: e }))];
  for (const h of input.handovers) timeline.push({ caseId: h.caseId, timeDays: h.timeDays, handover: h });
  timeline.sort((a, b) => a.caseId - b.caseId || a.timeDays - b.timeDays || Number(a.event === undefined) - Number(b.event === undefined));

  const events: OcelEvent[] = [];
  for (const t of timeline) {
    const fam = family(t.caseId);
    if (t.event && START_OF_CASE.test(t.event.activity)) trajectory.set(t.caseId, (trajectory.get(t.caseId) ?? 0) + 1);
    const kase = object(caseOf(t.caseId), 'case', [], [{ objectId: fam, qualifier: 'case of' }]);
    const relationships: Relationship[] = [
      { objectId: fam, qualifier: 'family' },
      { objectId: kase, qualifier: 'case' },
    ];
    if (t.event) {
      const e = t.event;
      if (PROFESSIONAL.test(e.resource)) relationships.push({ objectId: professional(e.resource), qualifier: 'resource' });
      if (CONCERNS_CHILDREN.test(e.activity)) {
        for (let k = 1; k <= (input.children.get(e.caseId) ?? 1); k++) relationships.push({ objectId: `child-${e.caseId}.${k}`, qualifier: 'child' });
      }
      events.push({
        id: `e${events.length + 1}`,
        type: e.activity,
        time: timestampOf(e.timeDays),
        attributes: [
          { name: 'link', value: e.link },
          { name: 'resource', value: e.resource },
          { name: 'timeDays', value: String(e.timeDays) },
        ],
        relationships,
      });
    } else if (t.handover) {
      const h = t.handover;
      relationships.push({ objectId: professional(h.from), qualifier: 'from' }, { objectId: professional(h.to), qualifier: 'to' });
      events.push({
        id: `e${events.length + 1}`,
        type: `handover (${h.kind})`,
        time: timestampOf(h.timeDays),
        attributes: [{ name: 'timeDays', value: String(h.timeDays) }],
        relationships,
      });
    }
  }

  const eventTypes = [...new Set(events.map((e) => e.type))].sort().map((name) => ({
    name,
    attributes: name.startsWith('handover') ? [{ name: 'timeDays', type: 'float' }] : [
      { name: 'link', type: 'string' },
      { name: 'resource', type: 'string' },
      { name: 'timeDays', type: 'float' },
    ],
  }));
  return {
    objectTypes: [
      { name: 'family', attributes: [{ name: 'children', type: 'integer' }] },
      { name: 'child', attributes: [] },
      { name: 'case', attributes: [] },
      { name: 'professional', attributes: [{ name: 'role', type: 'string' }] },
    ],
    eventTypes,
    objects: [...objects.values()],
    events,
  };
}

export function eventLogOcelJson(input: OcelInput): string {
  return `${JSON.stringify(eventLogOcel(input), null, 1)}\n`;
}
