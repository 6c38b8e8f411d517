// The package version, read once from package.json so reports and --version agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFolder } from './node/packageFolder.js';

export const VERSION: string = JSON.parse(readFileSync(join(packageFolder(), 'package.json'), 'utf8')).version;
