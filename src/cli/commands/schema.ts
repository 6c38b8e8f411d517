// `jbsim schema`: prints (or writes) the JSON Schema of scenario files, for editors and tools.

import { writeFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { UserError } from '../../userError.js';
import { scenarioJsonSchemaText } from '../../scenario/jsonSchema.js';

interface Args {
  out?: string;
}

export const schemaCommand: CommandModule<object, Args> = {
  command: 'schema',
  describe: 'Print the JSON Schema of scenario files (for editors: completion and checks while typing)',
  builder: (y) => y.option('out', { type: 'string', describe: 'write it to this file instead of printing it' }),
  handler: (argv) => {
    const text = scenarioJsonSchemaText();
    if (argv.out === undefined) {
      process.stdout.write(text);
      return;
    }
    try {
      writeFileSync(argv.out, text);
    } catch (err) {
      throw new UserError({
        file: argv.out,
        message: `cannot write the schema here (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`,
        hint: 'check that the folder exists and can be written',
      });
    }
    process.stdout.write(`wrote ${argv.out}\n`);
  },
};
