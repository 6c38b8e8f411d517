// A youth-protection region (jeugdregio) as the chain's middle links see it: the municipalities
// of one area share a Veilig Thuis, a jeugdbeschermingstafel, an RvdK office and a court, each
// with its own queue. A scenario without areas is one area. Capacities are given for the whole
// scenario; each area gets a share in proportion to the measures its municipalities are expected
// to need, rounded up to whole people (or slots): splitting a country into areas keeps at least
// its total capacity and loses only the pooling. The GIs' teams per area (chain.ts) are split the
// same way. Rounded to the nearest, an office or team could be half a person short of its share:
// 1.4% of the national scenario's smallest RvdK office (33 investigators when rounded to the
// nearest), as much as the margin the Raad runs with there, and up to 5% of a national GI's
// smallest teams (docs/calibration.md).

import { Resource, type Simulation } from '../kernel/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { Professional, ProfessionalRegistry, Role } from './professional.js';
import { SlotSchedule } from './slots.js';

/** People who work one case at a time from a shared queue (Veilig Thuis, RvdK investigators). */
export class PersonPool {
  readonly resource: Resource;
  private readonly free: Professional[] = [];
  constructor(
    sim: Simulation,
    registry: ProfessionalRegistry,
    role: Role,
    readonly org: string,
    readonly size: number,
  ) {
    this.resource = new Resource(sim, { capacity: size });
    for (let i = 0; i < size; i++) this.free.push(registry.create(role, org));
  }
  /** The person who takes the case whose request was just granted. */
  take(): Professional {
    const p = this.free.pop();
    if (p === undefined) throw new Error(`${this.org}: a unit was granted but nobody is free`);
    return p;
  }
  give(p: Professional): void {
    this.free.push(p);
  }
}

export class Area {
  readonly veiligThuis: PersonPool;
  readonly rvdk: PersonPool;
  readonly jbt: SlotSchedule;
  readonly court: SlotSchedule;
  readonly name: string | null;
  /** The table's standing members besides the local team (met at the table, never responsible). */
  readonly jbtMembers: Professional[];
  readonly judges: Professional[];
  private judgeTurn = 0;

  /** `share`: this area's part of the scenario's capacities (1 for a scenario without areas). */
  constructor(sim: Simulation, registry: ProfessionalRegistry, p: Scenario, name: string | null, share: number) {
    this.name = name;
    const part = (total: number) => areaPart(total, share);
    const at = (org: string) => (name === null ? org : `${org} ${name}`);
    const judges = part(p.court.judges);
    // created in this order so a scenario without areas numbers its people as it always did
    this.veiligThuis = new PersonPool(sim, registry, 'VT', at('Veilig Thuis'), part(p.veiligThuis.workers));
    this.rvdk = new PersonPool(sim, registry, 'RvdK', at('Raad voor de Kinderbescherming'), part(p.rvdk.investigators));
    this.jbt = new SlotSchedule(sim, p.jbt.meetingIntervalDays, part(p.jbt.slotsPerMeeting));
    this.court = new SlotSchedule(sim, p.court.hearingIntervalDays, p.court.slotsPerHearing * judges);
    this.jbtMembers = Array.from({ length: p.jbt.standingMembers }, () => registry.create('JBT', at('jeugdbeschermingstafel (RvdK)')));
    this.judges = Array.from({ length: judges }, () => registry.create('judge', at('rechtbank')));
  }

  nextJudge(): Professional {
    return this.judges[this.judgeTurn++ % this.judges.length]!;
  }
}

/** An area's part of a scenario's capacity: its share, rounded up to a whole number, and at least 1. */
export function areaPart(total: number, share: number): number {
  // the tolerance keeps a share that is a whole number in exact arithmetic (one area: share 1) from rounding up past it
  return Math.max(1, Math.ceil(total * share - 1e-9));
}

/** The areas of a scenario, and which area each municipality (by index) belongs to. */
export function areasOf(p: Scenario): { names: (string | null)[]; shares: number[]; ofMunicipality: number[] } {
  const ms = p.region.municipalities;
  // Stryker disable next-line MethodExpression: the schema refuses a scenario where only some municipalities name an area (tests/model/areas.test.ts), so every and some agree on all it lets through
  if (ms.every((m) => m.area === undefined)) return { names: [null], shares: [1], ofMunicipality: ms.map(() => 0) };
  const names: string[] = [];
  const ofMunicipality = ms.map((m) => {
    const i = names.indexOf(m.area!);
    if (i >= 0) return i;
    names.push(m.area!);
    return names.length - 1;
  });
  const expected = ms.map((m) => m.youthPopulation * m.measuresPerThousandYouth);
  const total = expected.reduce((a, b) => a + b, 0);
  const shares = names.map((_, a) =>
    total > 0 ? expected.reduce((s, e, i) => (ofMunicipality[i] === a ? s + e : s), 0) / total : 1 / names.length,
  );
  return { names, shares, ofMunicipality };
}
