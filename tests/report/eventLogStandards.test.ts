// The event logs against their standards, on a real traced run: the XES validates with xmllint
// against the IEEE 1849-2016 schema, and the OCEL 2.0 JSON against the standard's JSON Schema,
// with every handover linked to its family and both professionals. The schemas are in
// tests/fixtures (sources: tests/fixtures/SOURCES.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { traceReplication, type TraceResult } from '../../src/model/index.js';
import { eventLogXes } from '../../src/report/eventLog.js';
import { eventLogOcel, familyId, professionalId } from '../../src/report/ocel.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { BIN, ensureBuilt, ROOT } from '../experiment/helpers.js';
import { tempDir } from '../helpers/tempDirs.js';
import { defined } from '../helpers/defined.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const XSD = join(FIXTURES, 'xes-ieee-1849-2016.xsd');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let trace: TraceResult;
beforeAll(() => {
  // two years of a settled chain: families with measures, guardian changes and re-entries
  const scenario = scenarioSchema.parse({ name: 'log', simulation: { warmupYears: 3, years: 2, followUpYears: 0 } });
  trace = traceReplication(scenario, { seed: 11, replication: 0 });
}, 60_000);

function xmllint(file: string): { status: number | null; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('XES (IEEE 1849-2016)', () => {
  it('xmllint is installed (scripts/setup.sh installs libxml2-utils)', () => {
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) ?? '').toBeDefined();
  });

  it('the log of a real run validates against the standard\'s schema', () => {
    const file = join(tempDir('xes'), 'events.xes');
    writeFileSync(file, eventLogXes(trace.events, 'jbsim log & <test>'));
    const r = xmllint(file);
    expect(r.stderr).toMatch(/validates/);
    expect(r.status, r.stderr).toBe(0);
  });

  it('the schema refuses what strict tools refuse (the check can fail)', () => {
    const good = eventLogXes(trace.events.slice(0, 20));
    const dir = tempDir('xes-bad');
    const variants = {
      'version not a decimal': good.replace('xes.version="1.0"', 'xes.version="1849-2016"'),
      'classifier name with spaces': good.replace('name="ActivityAndResource"', 'name="Activity and resource"'),
      'a default namespace the schema does not declare': good.replace('<log xes.version="1.0">', '<log xes.version="1.0" xmlns="http://www.xes-standard.org/">'),
    };
    for (const [what, text] of Object.entries(variants)) {
      expect(text, what).not.toBe(good);
      const file = join(dir, `${what.replace(/\W+/g, '-')}.xes`);
      writeFileSync(file, text);
      expect(xmllint(file).status, what).not.toBe(0);
    }
  });
});

describe('OCEL 2.0 JSON', () => {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'ocel20-schema-json.json'), 'utf8')) as object;
  const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

  it('the run has what the log must show: handovers, cold and warm, and families with several children', () => {
    expect(trace.handovers.length).toBeGreaterThan(20);
    expect(new Set(trace.handovers.map((h) => h.kind))).toEqual(new Set(['cold', 'warm']));
    expect([...trace.children.values()].some((n) => n > 1)).toBe(true);
  });

  it('validates against the standard\'s JSON Schema, and the schema can refuse', () => {
    const log = eventLogOcel(trace);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...log, objects: [{ type: 'family' }] })).toBe(false);
    expect(validate({ ...log, events: [{ id: 'x', type: 'y', time: 'yesterday' }] })).toBe(false);
  });

  it('every link points at an object of the log; every event at its family and case', () => {
    const log = eventLogOcel(trace);
    const ids = new Map(log.objects.map((o) => [o.id, o.type]));
    expect(ids.size).toBe(log.objects.length);
    // collected, not asserted one by one: the log has tens of thousands of links
    const dangling = [...log.events, ...log.objects].flatMap((x) => x.relationships.filter((r) => !ids.has(r.objectId)).map((r) => `${x.id} → ${r.objectId}`));
    expect(dangling).toEqual([]);
    const typesOf = (e: (typeof log.events)[number], q: string) => e.relationships.filter((r) => r.qualifier === q).map((r) => ids.get(r.objectId)).join();
    expect(log.events.filter((e) => typesOf(e, 'family') !== 'family' || typesOf(e, 'case') !== 'case').map((e) => e.id)).toEqual([]);
    const types = new Set(log.objectTypes.map((t) => t.name));
    expect(new Set(log.objects.map((o) => o.type))).toEqual(types);
    expect(new Set(log.events.map((e) => e.type))).toEqual(new Set(log.eventTypes.map((t) => t.name)));
  });

  it('links every handover to its family and both professionals', () => {
    const log = eventLogOcel(trace);
    const handovers = log.events.filter((e) => e.type.startsWith('handover'));
    expect(handovers).toHaveLength(trace.handovers.length);
    const key = (family: string, from: string, to: string, time: string) => `${family}|${from}|${to}|${time}`;
    const logged = new Set(
      handovers.map((e) => {
        const of = (q: string) => e.relationships.filter((r) => r.qualifier === q).map((r) => r.objectId);
        expect(of('from')).toHaveLength(1);
        expect(of('to')).toHaveLength(1);
        expect(of('from')[0]).not.toBe(of('to')[0]);
        // one from and one to, as checked above
        return key(defined(of('family')[0], `the family of ${e.id}`), of('from')[0]!, of('to')[0]!, e.time);
      }),
    );
    const objects = new Map(log.objects.map((o) => [o.id, o]));
    for (const h of trace.handovers) {
      expect(logged.has(key(familyId(h.caseId), professionalId(h.from), professionalId(h.to), new Date(Date.UTC(2020, 0, 1) + Math.round(h.timeDays * 86_400_000)).toISOString()))).toBe(true);
      expect(objects.get(professionalId(h.to))?.type).toBe('professional');
    }
  });

  it('a measure concerns each child of the family; children belong to their family', () => {
    const log = eventLogOcel(trace);
    const measures = log.events.filter((e) => e.type.startsWith('measure: '));
    expect(measures.length).toBeGreaterThan(5);
    for (const e of measures) {
      const family = e.relationships.find((r) => r.qualifier === 'family')!.objectId;
      const caseId = Number(family.replace('family-', ''));
      expect(e.relationships.filter((r) => r.qualifier === 'child')).toHaveLength(trace.children.get(caseId)!);
    }
    const child = log.objects.find((o) => o.type === 'child')!;
    expect(child.relationships).toEqual([{ objectId: expect.stringMatching(/^family-\d+$/), qualifier: 'child of' }]);
  });
});

describe('jbsim run --event-log picks the format from the extension', () => {
  beforeAll(ensureBuilt, 180_000);

  it.each([['events.jsonocel'], ['events.ocel.json'], ['events.xes'], ['events.csv']])('%s', (name) => {
    const dir = tempDir('event-log-format');
    const file = join(dir, name);
    const r = spawnSync(process.execPath, [BIN, 'run', 'scenarios/foodvalley/baseline.yaml', '-r', '1', '-w', '0', '--years', '1', '--set', 'simulation.warmupYears=1', '--set', 'simulation.followUpYears=0', '--out', join(dir, 'out'), '--event-log', file, '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    if (name.endsWith('.csv')) expect(text.startsWith('case_id,activity,')).toBe(true);
    else if (name.endsWith('.xes')) expect(xmllint(file).status).toBe(0);
    else expect(validate(JSON.parse(text))).toBe(true);
  }, 60_000);
});

const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(JSON.parse(readFileSync(join(FIXTURES, 'ocel20-schema-json.json'), 'utf8')) as object);
