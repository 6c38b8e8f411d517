// The parts of jbsim that the browser page runs import nothing from Node: following every
// import from the kernel, model, scenario, statistics, experiment and platform folders and the
// report's chart-spec builders never reaches a `node:` module, a Node-only package or a Node
// global. Everything Node-only lives in src/node/ (and the cli and the report's file writers).

import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const BROWSER_FOLDERS = ['kernel', 'model', 'scenario', 'statistics', 'experiment', 'platform'];
const CHART_SPEC_FILES = [
  'charts.ts',
  'experimentCharts.ts',
  'journey.ts',
  'headline.ts',
  'labels.ts',
  'format.ts',
  'theme.ts',
  'markdown.ts',
  'markup.ts',
  'compile.ts',
  'textMetrics.ts',
  'types.ts',
  'eventLog.ts',
].map((f) => join(SRC, 'report', f));
/** Packages that need Node (native code, threads, terminals, the process). */
const NODE_ONLY_PACKAGES = ['piscina', 'cli-progress', '@resvg/resvg-js', 'yargs'];
const NODE_GLOBALS = /\b(process\.|Buffer\b|setImmediate\b|__dirname\b|__filename\b|require\(|NodeJS\.)/;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g,
  )) {
    const specifier = m[1] ?? m[2] ?? m[3];
    if (specifier !== undefined) found.push(specifier);
  }
  return found;
}

/** A relative import of compiled `.js` names the `.ts` source beside it. */
function sourceOf(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
  if (!existsSync(target)) throw new Error(`${relative(SRC, from)} imports ${specifier}, which does not exist`);
  return target;
}

function isNodeOnly(specifier: string): boolean {
  const bare = specifier.replace(/^node:/, '');
  return (
    specifier.startsWith('node:') ||
    builtinModules.includes(bare) ||
    builtinModules.includes(bare.replace(/\/.*/, '')) ||
    NODE_ONLY_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`))
  );
}

/** Every problem reachable from `roots`: "file: what". */
function nodeDependencies(roots: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const global = NODE_GLOBALS.exec(code);
    if (global) problems.push(`${relative(SRC, file)}: uses the Node global ${global[1]}`);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) queue.push(sourceOf(file, specifier));
      else if (isNodeOnly(specifier)) problems.push(`${relative(SRC, file)}: imports ${specifier}`);
    }
  }
  return problems;
}

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the browser-side code', () => {
  it('reaches no Node module, Node-only package or Node global', () => {
    const roots = [...BROWSER_FOLDERS.flatMap((f) => tsFiles(join(SRC, f))), ...CHART_SPEC_FILES];
    expect(roots.length).toBeGreaterThan(40);
    expect(nodeDependencies(roots)).toEqual([]);
  });

  it('the check finds what it looks for', () => {
    const nodeSide = [join(SRC, 'node', 'workerPool.ts'), join(SRC, 'report', 'render.ts'), join(SRC, 'node', 'scenarioFiles.ts')];
    const problems = nodeDependencies(nodeSide);
    expect(problems).toContain('node/workerPool.ts: imports piscina');
    expect(problems).toContain('report/render.ts: imports @resvg/resvg-js');
    expect(problems.some((p) => p.startsWith('node/scenarioFiles.ts: imports node:fs'))).toBe(true);
    expect(problems.some((p) => p.includes('uses the Node global process.'))).toBe(true);
  });
});
