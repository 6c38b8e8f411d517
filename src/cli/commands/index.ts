// Every command of the cli, in the order `jbsim --help` lists them. Each lives in its own file.
import type { CommandModule } from 'yargs';
import { calibrateCommand } from './calibrate.js';
import { compareCommand } from './compare.js';
import { describeCommand } from './describe.js';
import { mergeCommand } from './merge.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { sensitivityCommand } from './sensitivity.js';
import { sweepCommand } from './sweep.js';
import { traceCommand } from './trace.js';
import { uncertaintyCommand } from './uncertainty.js';
import { validateCommand } from './validate.js';
import { warmupCommand } from './warmup.js';

export const commands: CommandModule<any, any>[] = [
  runCommand,
  compareCommand,
  mergeCommand,
  sweepCommand,
  sensitivityCommand,
  uncertaintyCommand,
  traceCommand,
  calibrateCommand,
  warmupCommand,
  describeCommand,
  validateCommand,
  schemaCommand,
];
