// The package version, read once from package.json so reports and --version agree. The file is
// found by walking up from here: this module runs from src/ (tests) and from dist/src/ (the cli).
import { existsSync, readFileSync } from 'node:fs';

function findPackageJson(): URL {
  for (let up = '../'; up.length < 16; up += '../') {
    const url = new URL(`${up}package.json`, import.meta.url);
    if (existsSync(url)) return url;
  }
  throw new Error('package.json not found above src/version');
}

export const VERSION: string = JSON.parse(readFileSync(findPackageJson(), 'utf8')).version;
