import { describe, expect, it } from 'vitest';
import { parseShard, shardFromEnvironment, shardReplications } from '../../src/experiment/shard.js';
import { UserError } from '../../src/userError.js';

describe('shardReplications', () => {
  it('deals replications round-robin and the shards partition them', () => {
    expect(shardReplications(10, { index: 1, count: 3 })).toEqual([0, 3, 6, 9]);
    expect(shardReplications(10, { index: 3, count: 3 })).toEqual([2, 5, 8]);
    for (const count of [1, 2, 7, 12]) {
      const all = Array.from({ length: count }, (_, i) => shardReplications(10, { index: i + 1, count })).flat();
      expect(all.sort((a, b) => a - b)).toEqual(shardReplications(10, null));
    }
  });
});

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });
  it.each(['0/4', '5/4', '2', '2/0', 'a/b', '-1/2'])('refuses %s', (text) => {
    expect(() => parseShard(text)).toThrow(UserError);
  });
});

describe('shardFromEnvironment', () => {
  it('reads JBSIM_SHARD first', () => {
    expect(shardFromEnvironment({ JBSIM_SHARD: '3/5', JOB_COMPLETION_INDEX: '0', JBSIM_SHARD_COUNT: '2' })).toEqual({ index: 3, count: 5 });
  });
  it('reads a Kubernetes Indexed Job (0-based index)', () => {
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '0', JBSIM_SHARD_COUNT: '4' })).toEqual({ index: 1, count: 4 });
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '3', JBSIM_SHARD_COUNT: '4' })).toEqual({ index: 4, count: 4 });
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: '3' })).toThrow(/JBSIM_SHARD_COUNT/);
    expect(() => shardFromEnvironment({ JOB_COMPLETION_INDEX: '4', JBSIM_SHARD_COUNT: '4' })).toThrow(UserError);
  });
  it('reads a Slurm array, whatever its first index and step', () => {
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '8' })).toEqual({ index: 1, count: 8 });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '8', SLURM_ARRAY_TASK_COUNT: '8', SLURM_ARRAY_TASK_MIN: '1' })).toEqual({
      index: 8,
      count: 8,
    });
    expect(
      shardFromEnvironment({
        SLURM_ARRAY_TASK_ID: '14',
        SLURM_ARRAY_TASK_COUNT: '8',
        SLURM_ARRAY_TASK_MIN: '0',
        SLURM_ARRAY_TASK_STEP: '2',
      }),
    ).toEqual({ index: 8, count: 8 });
  });
  it('says what to set when nothing is there', () => {
    expect(() => shardFromEnvironment({})).toThrow(/no shard found/);
    expect(parseShard('auto', { JBSIM_SHARD: '1/2' })).toEqual({ index: 1, count: 2 });
  });
});
