// Puts shard outputs back together: checks that the shards belong to one experiment and that
// each replication is there exactly once, then orders the results by replication and hands
// them to the same writer as an unsharded run, so the metrics come out byte for byte the same.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplicationResult } from '../model/results.js';
import { UserError } from '../userError.js';
import { completeShardSet, shardReplications } from '../experiment/shard.js';
import { decodeNonFinite, SHARD_FORMAT, type FinalInput, type ShardFile } from '../experiment/write.js';
import { isNonEmpty, mapNonEmpty, type NonEmpty } from '../lists.js';

const SHARD_NAME = /^shard-\d+-of-\d+\.json$/;
const MAX_DEPTH = 3;

/** Shard files in the given files and folders (folders searched a few levels down, e.g. one per downloaded artifact). */
export function findShardFiles(inputs: readonly string[]): NonEmpty<string> {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isFile() && SHARD_NAME.test(entry.name)) found.push(path);
      else if (entry.isDirectory() && depth < MAX_DEPTH && !entry.name.startsWith('.')) walk(path, depth + 1);
    }
  };
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      throw new UserError({ file: input, message: 'no such file or folder' });
    }
    if (isDir) walk(input, 1);
    else found.push(input);
  }
  if (!isNonEmpty(found)) {
    throw new UserError({
      file: inputs.join(', '),
      message: 'no shard files (shard-i-of-n.json) found',
      hint: 'pass the folders the sharded runs wrote with --out',
    });
  }
  return found;
}

export function readShardFile(path: string): ShardFile {
  let doc: ShardFile;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8')) as ShardFile;
  } catch (err) {
    throw new UserError({ file: path, message: `not a readable shard file: ${(err as Error).message}` });
  }
  if (doc === null || typeof doc !== 'object' || doc.format !== SHARD_FORMAT) {
    throw new UserError({
      file: path,
      message: `not a jbsim shard file (expected format ${SHARD_FORMAT})`,
      hint: 'shards must come from the same jbsim version',
    });
  }
  for (const s of doc.scenarios) for (const r of s.results) decodeNonFinite(r);
  return doc;
}

/** Checks a set of shards and assembles the complete results (and says how many replications they hold). */
export function assembleShards(paths: NonEmpty<string>): FinalInput & { shards: ShardFile[]; replications: number } {
  const shards = mapNonEmpty(paths, (p) => ({ path: p, doc: readShardFile(p) }));
  const first = shards[0];
  const key = (d: ShardFile) =>
    JSON.stringify([
      d.command,
      d.version,
      d.seed,
      d.replications,
      d.shard.count,
      d.baseline,
      d.scenarios.map((s) => [s.scenario.name, s.hash]),
    ]);
  const firstKey = key(first.doc);
  for (const { path, doc } of shards) {
    if (key(doc) !== firstKey) {
      throw new UserError({
        file: path,
        message: `this shard is from a different experiment than ${first.path} (command, version, seed, replications, shard count or scenarios differ)`,
        hint: 'merge only the shards of one run, written by the same jbsim version',
      });
    }
  }
  const byIndex = completeShardSet(
    shards.map((s) => ({ ...s, shard: s.doc.shard })),
    first.doc.shard.count,
  );

  const replications = first.doc.replications;
  const results: ReplicationResult[][] = first.doc.scenarios.map(() => new Array<ReplicationResult>(replications));
  for (const { path, doc } of shards) {
    const expected = shardReplications(replications, doc.shard);
    doc.scenarios.forEach((s, k) => {
      const got = s.results.map((r) => r.replication);
      if (got.length !== expected.length || got.some((r, i) => r !== expected[i])) {
        throw new UserError({
          file: path,
          message: `scenario ${s.scenario.name}: the shard holds replications other than those of shard ${doc.shard.index}/${doc.shard.count}`,
        });
      }
      for (const r of s.results) results[k]![r.replication] = r; // the shards agree on their scenarios (checked above)
    });
  }
  const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!.doc);
  const scenarios = first.doc.scenarios.map(({ scenario, file, hash }) => ({ scenario, file, hash }));
  if (!isNonEmpty(scenarios))
    throw new UserError({
      file: first.path,
      message: 'the shard holds no scenarios',
      hint: 'merge the shards a sharded `jbsim run` or `jbsim compare` wrote',
    });
  return {
    command: first.doc.command,
    scenarios,
    replications,
    baseline: first.doc.baseline,
    seed: first.doc.seed,
    version: first.doc.version,
    results,
    precision: null,
    provenance: { mergedFrom: ordered.map((d) => ({ shard: `${d.shard.index}/${d.shard.count}`, ...d.provenance })) },
    shards: ordered,
  };
}
