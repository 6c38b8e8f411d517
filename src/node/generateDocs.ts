// `npm run docs`: writes the files generated from the schema. Tests fail when a committed copy
// differs from what this would write, so a schema change cannot leave them behind.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../scenario/jsonSchema.js';
import { baselineYaml, parameterReference } from '../scenario/reference.js';
import { packageFolder } from './packageFolder.js';

/** Each generated file, by its path from the project root. */
export function generatedFiles(): Record<string, string> {
  return {
    'scenarios/scenario.schema.json': scenarioJsonSchemaText(),
    'docs/parameters.md': parameterReference(),
    'scenarios/foodvalley/baseline.yaml': baselineYaml(),
  };
}

export function writeGeneratedFiles(root: string): string[] {
  const written: string[] = [];
  for (const [rel, text] of Object.entries(generatedFiles())) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(rel);
  }
  return written;
}

// Run as a script (dist/src/node/generateDocs.js): into the project it belongs to.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const rel of writeGeneratedFiles(packageFolder())) process.stdout.write(`wrote ${rel}\n`);
}
