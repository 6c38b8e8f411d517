// Splitting one experiment over machines. Shard i of n (1-based) runs replication r (0-based)
// when r mod n = i − 1: round-robin, so every shard gets a similar share of slow and fast
// replications and adding shards never moves a replication's seed. The shard comes from
// `--shard i/n`, or with `--shard auto` from the scheduler's environment (see shardFromEnvironment).

import { UserError } from '../userError.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The replications (0-based) of `shard` among 0 … replications − 1. */
export function shardReplications(replications: number, shard: Shard | null): number[] {
  const out: number[] = [];
  for (let r = 0; r < replications; r++) if (shard === null || r % shard.count === shard.index - 1) out.push(r);
  return out;
}

function parseWhole(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

function checked(index: number, count: number, where: string): Shard {
  if (count < 1 || index < 1 || index > count) {
    throw new UserError({
      file: where,
      message: `shard ${index} of ${count} does not exist`,
      hint: 'shards are numbered 1 … n, e.g. --shard 2/4',
    });
  }
  return { index, count };
}

/** Environment variables (the command line passes process.env). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** `i/n` → shard; `auto` → from the environment. */
export function parseShard(text: string, env: Environment = {}, where = '--shard'): Shard {
  if (text.trim() === 'auto') return shardFromEnvironment(env);
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m)
    throw new UserError({
      file: where,
      message: `"${text}" is not a shard`,
      hint: 'write i/n, e.g. --shard 2/4 for the second of four, or --shard auto',
    });
  return checked(Number(m[1]), Number(m[2]), where);
}

/**
 * The shard from a scheduler's environment, first match wins:
 *   JBSIM_SHARD=i/n                                       (any CI; GitHub Actions: set it from the matrix)
 *   JOB_COMPLETION_INDEX (0-based) + JBSIM_SHARD_COUNT    (Kubernetes Indexed Job)
 *   SLURM_ARRAY_TASK_ID + SLURM_ARRAY_TASK_COUNT          (Slurm array; SLURM_ARRAY_TASK_MIN and
 *                                                          SLURM_ARRAY_TASK_STEP make --array=1-8 or 0-14:2 work)
 */
export function shardFromEnvironment(env: Environment): Shard {
  const explicit = env.JBSIM_SHARD?.trim();
  if (explicit !== undefined && explicit !== '' && explicit !== 'auto') return parseShard(explicit, env, 'JBSIM_SHARD');
  const k8sIndex = parseWhole(env.JOB_COMPLETION_INDEX);
  if (k8sIndex !== undefined) {
    const count = parseWhole(env.JBSIM_SHARD_COUNT);
    if (count === undefined) {
      throw new UserError({
        file: 'JBSIM_SHARD_COUNT',
        message: 'JOB_COMPLETION_INDEX is set but JBSIM_SHARD_COUNT (the number of shards) is not',
        hint: "set JBSIM_SHARD_COUNT to the Job's `completions`",
      });
    }
    return checked(k8sIndex + 1, count, 'JOB_COMPLETION_INDEX');
  }
  const slurmId = parseWhole(env.SLURM_ARRAY_TASK_ID);
  if (slurmId !== undefined) {
    const count = parseWhole(env.SLURM_ARRAY_TASK_COUNT);
    if (count === undefined)
      throw new UserError({ file: 'SLURM_ARRAY_TASK_COUNT', message: 'SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not' });
    const min = parseWhole(env.SLURM_ARRAY_TASK_MIN) ?? 0;
    const step = parseWhole(env.SLURM_ARRAY_TASK_STEP) ?? 1;
    if (step < 1 || (slurmId - min) % step !== 0)
      throw new UserError({
        file: 'SLURM_ARRAY_TASK_ID',
        message: `task ${slurmId} is not on the array's grid (min ${min}, step ${step})`,
      });
    return checked((slurmId - min) / step + 1, count, 'SLURM_ARRAY_TASK_ID');
  }
  throw new UserError({
    file: '--shard auto',
    message: 'no shard found in the environment',
    hint: 'set JBSIM_SHARD=i/n, or run as a Kubernetes Indexed Job (JOB_COMPLETION_INDEX with JBSIM_SHARD_COUNT) or a Slurm array job',
  });
}

export function shardFileName(shard: Shard): string {
  return `shard-${shard.index}-of-${shard.count}.json`;
}

/**
 * Shard files by index, once each and all of them (1 … count), or a UserError naming the shard
 * passed twice or the ones missing.
 */
export function completeShardSet<T extends { path: string; shard: Shard }>(shards: readonly T[], count: number): Map<number, T> {
  const byIndex = new Map<number, T>();
  for (const s of shards) {
    const other = byIndex.get(s.shard.index);
    if (other !== undefined)
      throw new UserError({
        file: s.path,
        message: `shard ${s.shard.index}/${count} is also in ${other.path}`,
        hint: 'pass each shard once',
      });
    byIndex.set(s.shard.index, s);
  }
  const missing = [];
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) missing.push(`${i}/${count}`);
  if (missing.length > 0) {
    throw new UserError({
      file: shards.map((s) => s.path).join(', '),
      message: `shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`,
      hint: 'a merge needs every shard of the run',
    });
  }
  return byIndex;
}
