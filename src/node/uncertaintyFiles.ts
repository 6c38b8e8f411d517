// The files of an uncertainty analysis. A full run (or a merge) writes uncertainty.json, the
// per-sample effects as uncertainty.csv and, apart, uncertainty-provenance.json (timings and
// host, so the others are the same bytes on every repeat). A shard writes shard-i-of-n.json
// with its metric values; `jbsim merge` checks that the shards belong together and that every
// sample and base replication is there once, then analyses them as the unsharded run would.

import { readFileSync } from 'node:fs';
import { toCsv, type CsvCell } from '../csv.js';
import { toJson } from '../experiment/output.js';
import { completeShardSet, shardFileName, type Shard } from '../experiment/shard.js';
import type { UncertaintyPlan } from '../experiment/uncertaintyPlan.js';
import { shardWork, type UncertaintyValues } from '../experiment/uncertaintyRun.js';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { decodeNonFinite } from '../experiment/write.js';
import { mapNonEmpty, type NonEmpty } from '../lists.js';
import { UserError } from '../userError.js';
import { insideOut, writeFileAtomic } from './output.js';

// /2: with --like-today the screen has random numbers of its own, so a /1 shard's values are not this run's
export const UNCERTAINTY_SHARD_FORMAT = 'jbsim-uncertainty-shard/2';

export interface UncertaintyShardFile {
  format: typeof UNCERTAINTY_SHARD_FORMAT;
  version: string;
  shard: Shard;
  plan: UncertaintyPlan;
  metrics: string[];
  /** [base replication, values] pairs. */
  base: Array<[number, (number | string)[]]>;
  /** [sample, values] pairs. */
  samples: Array<[number, (number | string)[]]>;
  provenance: Record<string, unknown>;
}

/** JSON has no NaN: a value with no data travels as the string "NaN". */
const encode = (xs: Float64Array): (number | string)[] => Array.from(xs, (x) => (Number.isFinite(x) ? x : String(x)));

export function writeUncertaintyShard(
  out: string,
  plan: UncertaintyPlan,
  shard: Shard,
  values: UncertaintyValues,
  version: string,
  provenance: Record<string, unknown>,
): string {
  const doc: UncertaintyShardFile = {
    format: UNCERTAINTY_SHARD_FORMAT,
    version,
    shard,
    plan,
    metrics: values.metrics,
    base: [...values.base].map(([b, v]) => [b, encode(v)]),
    samples: [...values.samples].map(([k, v]) => [k, encode(v)]),
    provenance,
  };
  const path = insideOut(out, shardFileName(shard));
  writeFileAtomic(path, `${JSON.stringify(doc)}\n`);
  return path;
}

/** Whether a shard file is one of an uncertainty analysis (else: of run or compare). */
export function isUncertaintyShard(path: string): boolean {
  try {
    // the format is near the start; a shard of compare says otherwise there too
    return readFileSync(path, 'utf8').slice(0, 200).includes(`"format":"${UNCERTAINTY_SHARD_FORMAT}"`);
  } catch {
    return false;
  }
}

function readShard(path: string): UncertaintyShardFile {
  let doc: UncertaintyShardFile;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8')) as UncertaintyShardFile;
  } catch (err) {
    throw new UserError({ file: path, message: `not a readable shard file: ${(err as Error).message}` });
  }
  if (doc?.format !== UNCERTAINTY_SHARD_FORMAT)
    throw new UserError({ file: path, message: `not a shard of jbsim uncertainty (expected format ${UNCERTAINTY_SHARD_FORMAT})` });
  return doc;
}

/** Checks a set of shards and puts their values back together. */
export function assembleUncertaintyShards(paths: NonEmpty<string>): {
  plan: UncertaintyPlan;
  values: UncertaintyValues;
  version: string;
  provenance: Record<string, unknown>;
} {
  const shards = mapNonEmpty(paths, (path) => ({ path, doc: readShard(path) }));
  const first = shards[0];
  const key = (d: UncertaintyShardFile) => JSON.stringify([d.version, d.shard.count, d.plan, d.metrics]);
  for (const { path, doc } of shards) {
    if (key(doc) !== key(first.doc)) {
      throw new UserError({
        file: path,
        message: `this shard is from a different analysis than ${first.path} (version, shard count, scenarios, ranges or settings differ)`,
        hint: 'merge only the shards of one run',
      });
    }
  }
  const count = first.doc.shard.count;
  const byIndex = completeShardSet(
    shards.map((s) => ({ ...s, shard: s.doc.shard })),
    count,
  );

  const plan = first.doc.plan;
  const values: UncertaintyValues = { metrics: first.doc.metrics, base: new Map(), samples: new Map() };
  const decode = (xs: (number | string)[]) => Float64Array.from(decodeNonFinite(xs) as number[]);
  for (const { path, doc } of shards) {
    const expected = shardWork(plan, doc.shard);
    const same = (got: number[], want: number[]) => got.length === want.length && got.every((x, i) => x === want[i]);
    if (
      !same(
        doc.samples.map(([k]) => k),
        expected.samples,
      ) ||
      !same(
        doc.base.map(([b]) => b),
        expected.base,
      )
    ) {
      throw new UserError({ file: path, message: `the shard holds samples other than those of shard ${doc.shard.index}/${count}` });
    }
    for (const [b, v] of doc.base) values.base.set(b, decode(v));
    for (const [k, v] of doc.samples) values.samples.set(k, decode(v));
  }
  const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!.doc);
  return {
    plan,
    values,
    version: first.doc.version,
    provenance: { mergedFrom: ordered.map((d) => ({ shard: `${d.shard.index}/${d.shard.count}`, ...d.provenance })) },
  };
}

/** One row per analysed world, reform and metric: the effect behind every figure of uncertainty.json. */
export function uncertaintyCsv(file: UncertaintyFile): string {
  const rows: CsvCell[][] = [];
  // with --like-today the worlds unlike today's chain ran no reform: no rows
  const analysed = new Set(file.likeToday && file.worlds !== null ? file.worlds.consistent : file.design.keys());
  for (const [scenario, { metrics }] of Object.entries(file.scenarios)) {
    for (const [metric, u] of Object.entries(metrics)) {
      for (const [k, e] of u.samples.entries()) if (analysed.has(k)) rows.push([k, scenario, metric, e ?? NaN, ...file.design[k]!]);
    }
  }
  return toCsv(['sample', 'scenario', 'metric', 'effect', ...file.parameters.map((p) => p.path)], rows);
}

/** Writes uncertainty.json, uncertainty.csv and uncertainty-provenance.json; returns their paths. */
export function writeUncertaintyFiles(out: string, file: UncertaintyFile, provenance: Record<string, unknown>): string[] {
  const files: [string, string][] = [
    [insideOut(out, 'uncertainty.json'), toJson(file)],
    [insideOut(out, 'uncertainty.csv'), uncertaintyCsv(file)],
    [insideOut(out, 'uncertainty-provenance.json'), toJson(provenance)],
  ];
  for (const [path, text] of files) writeFileAtomic(path, text);
  return files.map(([p]) => p);
}
