// Helpers for the scripts that regenerate figures in docs/: run the jbsim command line, and
// replace the block between two markers in a Markdown page, so the figures on the page come from
// a run and are never typed by hand. Plain Node (no build step): the scripts call bin/jbsim.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Stops the script with a message and exit code 2 (a mistake in what it was given) or 1 (a run failed). */
export function fail(message, code = 2) {
  process.stderr.write(`${path.basename(process.argv[1] ?? 'script')}: ${message}\n`);
  process.exit(code);
}

/** Runs `node bin/jbsim ARGS` in the project root; its progress goes to this terminal. Stops the script if it fails. */
export function jbsim(args) {
  process.stderr.write(`$ jbsim ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/jbsim'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) fail(`jbsim ${args[0]} failed (exit ${r.status ?? r.signal})`, 1);
  return r.stdout;
}

export function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return fail(`${file}: cannot read it (${e.message}); run without --render-only first`);
  }
}

const BEGIN = (name) => `<!-- generated: ${name} -->`;
const END = (name) => `<!-- end generated: ${name} -->`;

/**
 * Replaces each named block of `file` (between `<!-- generated: NAME -->` and
 * `<!-- end generated: NAME -->`) with its new text. Every block must be on the page already:
 * the prose around it is written by hand, so a block with no place is a mistake, not a guess.
 */
export function replaceBlocks(file, blocks) {
  const full = path.join(ROOT, file);
  let text = readFileSync(full, 'utf8');
  const missing = [];
  for (const [name, content] of Object.entries(blocks)) {
    const a = text.indexOf(BEGIN(name));
    const b = text.indexOf(END(name));
    if (a < 0 || b < a) {
      missing.push(name);
      continue;
    }
    text = `${text.slice(0, a + BEGIN(name).length)}\n${content.trimEnd()}\n${text.slice(b)}`;
  }
  if (missing.length > 0)
    fail(`${file}: no place for ${missing.join(', ')}: add \`${BEGIN(missing[0])}\` and \`${END(missing[0])}\` where the figures belong`);
  writeFileSync(full, text);
  process.stderr.write(`wrote ${Object.keys(blocks).length} blocks in ${file}\n`);
}

/** A number with `digits` decimals and a real minus sign; `sign` adds a + to positive numbers. */
export function num(x, digits, sign = false) {
  if (!Number.isFinite(x)) return '–';
  const s = Math.abs(x).toFixed(digits);
  if (Number(s) === 0) return (0).toFixed(digits);
  return `${x < 0 ? '−' : sign ? '+' : ''}${s}`;
}

/** "mean (low … high)", the 95% interval after the mean. */
export function withInterval(e, digits, sign = false, scale = 1) {
  if (e === undefined) return '–';
  return `${num(e.mean / scale, digits, sign)} (${num(e.ci95[0] / scale, digits)} … ${num(e.ci95[1] / scale, digits)})`;
}

/** Whether an interval lies above 0 (+1), below it (−1), or holds it (0). */
export function direction(e) {
  if (e === undefined || !Number.isFinite(e.ci95[0])) return 0;
  return e.ci95[0] > 0 ? 1 : e.ci95[1] < 0 ? -1 : 0;
}

export function markdownTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The bundled scenario files of a folder, baseline first. */
export function bundledScenarios(folder) {
  const out = readdirSync(path.join(ROOT, folder)).filter((f) => /\.ya?ml$/.test(f));
  return out.sort((a, b) => (a === 'baseline.yaml' ? -1 : b === 'baseline.yaml' ? 1 : a.localeCompare(b)));
}

export const today = () => new Date().toISOString().slice(0, 10);

/** How the pages show each metric they use: its words, decimals and unit scale. */
const METRIC_FORMATS = {
  coldHandoversPerFamily: { label: 'cold handovers per family', digits: 2 },
  timeFromRulingToGuardianDays: { label: 'ruling → first visit (days)', digits: 1 },
  'waitDays.GI': { label: 'wait for a guardian (days)', digits: 1 },
  'waitDays.RvdK': { label: 'wait for the RvdK (days)', digits: 1 },
  childrenWithoutGuardian: { label: 'children without a guardian', digits: 1 },
  childrenUnderMeasure: { label: 'children under a measure', digits: 0 },
  professionalsPerFamily: { label: 'professionals per family', digits: 2 },
  visitIntervalDays: { label: 'visit interval (days)', digits: 1 },
  costPerYearEuro: { label: 'cost (€1000 a year)', digits: 0, scale: 1000 },
};

/** The named metrics with their formats; `digits` overrides decimals by name. */
export function metrics(names, digits = {}) {
  return names.map((name) => ({ name, scale: 1, ...METRIC_FORMATS[name], ...(name in digits ? { digits: digits[name] } : {}) }));
}

/** A metric of a summary.json by its dotted name (`waitDays.GI`): { mean, ci95, … }, or null. */
export function metricOf(summary, dotted) {
  let v = summary.metrics;
  for (const k of dotted.split('.')) v = v?.[k];
  return v !== undefined && v !== null && typeof v.mean === 'number' ? v : null;
}
