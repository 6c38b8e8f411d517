// Every command of the cli, in the order `jbsim --help` lists them. Each lives in its own file.
import type { CommandModule } from 'yargs';

export const commands: CommandModule<any, any>[] = [];
