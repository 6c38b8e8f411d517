// Regenerates the figures of docs/model.md's "Why each reform moves the results": for every bundled
// reform, its effect against the baseline as the bundled comparison shows it, and the same effect
// with each parameter that carries it at a low and a high value (both scenarios at each value,
// paired by replication, same seed: `jbsim sensitivity --on-difference`). The parameters and their
// values are in scripts/reform-ranges/<scenario>.yaml; a bundled reform without one is an error,
// so a new reform cannot go unexplained.
//
// Usage: node scripts/reform-sensitivity.mjs [--replications 30] [--only caseload-12 ...]
//                                             [--results DIR] [--render-only]
// --results keeps each reform's sensitivity.json (default: reports/why-reforms); --render-only
// writes the page from the files already there. A full run is ~90 scenario runs: about an hour
// on one core.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  bundledScenarios,
  direction,
  fail,
  jbsim,
  markdownTable,
  metricOf,
  metrics,
  num,
  readJson,
  replaceBlocks,
  ROOT,
  today,
  withInterval,
} from './lib/generatedDocs.mjs';

const FOLDER = 'scenarios/foodvalley';
const RANGES = 'scripts/reform-ranges';
const PAGE = 'docs/model.md';

/** The headline metrics of the section, in its column order (waits in whole days: their intervals are wide). */
const METRICS = metrics(
  [
    'coldHandoversPerFamily',
    'timeFromRulingToGuardianDays',
    'waitDays.GI',
    'childrenWithoutGuardian',
    'professionalsPerFamily',
    'costPerYearEuro',
  ],
  { timeFromRulingToGuardianDays: 0, 'waitDays.GI': 0 },
);
const WORDS = { 1: 'higher', '-1': 'lower', 0: 'no clear difference' };

const { values: opts } = parseArgs({
  options: {
    replications: { type: 'string', short: 'r', default: '30' },
    only: { type: 'string', multiple: true, default: [] },
    results: { type: 'string', default: 'reports/why-reforms' },
    'render-only': { type: 'boolean', default: false },
  },
});
const replications = Number(opts.replications);
if (!Number.isInteger(replications) || replications < 2)
  fail(`--replications: expected a whole number of at least 2, got ${opts.replications}`);

const reforms = bundledScenarios(FOLDER)
  .filter((f) => f !== 'baseline.yaml')
  .map((file) => ({ file, name: file.replace(/\.ya?ml$/, '') }));
for (const only of opts.only)
  if (!reforms.some((r) => r.name === only)) fail(`--only ${only}: no such bundled reform (${reforms.map((r) => r.name).join(', ')})`);
const missing = reforms.filter((r) => !existsSync(path.join(ROOT, RANGES, r.file)));
if (missing.length > 0)
  fail(
    `no ranges for ${missing.map((r) => r.file).join(', ')}: write ${RANGES}/${missing[0].file} with the parameters that carry the reform's effect`,
  );

/** The command that computes one reform's figures, as the page shows it. */
const command = (r) => [
  'sensitivity',
  `${FOLDER}/${r.file}`,
  '--on-difference',
  '--ranges',
  `${RANGES}/${r.file}`,
  '-r',
  String(replications),
  '--workers',
  '1',
  '--no-report',
  '--quiet',
  '--force',
  '--out',
  `${opts.results}/${r.name}`,
];

const wanted = opts.only.length > 0 ? reforms.filter((r) => opts.only.includes(r.name)) : reforms;
if (!opts['render-only']) {
  for (const r of wanted) jbsim(command(r));
  // the baseline's own levels, for scale: the pairs' baseline side (same seed, same replications)
  if (opts.only.length === 0)
    jbsim([
      'run',
      `${FOLDER}/baseline.yaml`,
      '-r',
      String(replications),
      '--workers',
      '1',
      '--quiet',
      '--force',
      '--out',
      `${opts.results}/baseline`,
    ]);
}

const files = new Map(reforms.map((r) => [r.name, readJson(path.resolve(ROOT, opts.results, r.name, 'sensitivity.json'))]));
const cells = (effects) => METRICS.map((m) => withInterval(effects[m.name], m.digits, true, m.scale));

/** Per low or high value, the metrics whose effect has another direction than as bundled. */
function changes(file) {
  const out = [];
  for (const p of file.parameters) {
    for (const which of ['low', 'high']) {
      const turned = METRICS.filter((m) => direction(file.base[m.name]) !== direction(p[which].metrics[m.name])).map(
        (m) => `${m.label} ${WORDS[direction(p[which].metrics[m.name])]} (bundled: ${WORDS[direction(file.base[m.name])]})`,
      );
      if (turned.length > 0) out.push(`- at \`${shortPath(p.path)}\` = ${p[which].value}: ${turned.join('; ')}`);
    }
  }
  return out;
}

const shortPath = (p) => p.replace(/^reforms\.[A-Za-z]+\./, '');

function reformBlock(r) {
  const f = files.get(r.name);
  const rows = [[`as bundled`, ...cells(f.base)]];
  for (const p of f.parameters) {
    for (const which of ['low', 'high'])
      rows.push([`\`${shortPath(p.path)}\` = ${p[which].value} (${which}; bundled ${p.baseValue})`, ...cells(p[which].metrics)]);
  }
  const turned = changes(f);
  return [
    `Effect of ${r.name} (${r.name} − baseline), mean and 95% interval over ${f.replications} paired replications, seed ${f.seed}; run ${f.provenance.finishedAt?.slice(0, 10) ?? today()}:`,
    '',
    '```sh',
    `npx jbsim ${command(r).join(' ')}`,
    '```',
    '',
    markdownTable(['run', ...METRICS.map((m) => m.label)], rows),
    '',
    turned.length === 0
      ? 'No direction changes: at each low and high value every effect keeps the direction (higher, lower, no clear difference) it has as bundled.'
      : ['Where an effect changes direction (higher, lower, no clear difference) against the bundled run:', '', ...turned].join('\n'),
  ].join('\n');
}

function overview() {
  const first = files.get(reforms[0].name);
  const rows = reforms.map((r) => [r.name, ...cells(files.get(r.name).base)]);
  return [
    `Each reform against the baseline, mean difference and 95% interval over ${first.replications} paired replications (seed ${first.seed}); the same figures as \`npx jbsim compare scenarios/foodvalley -r ${first.replications}\`:`,
    '',
    markdownTable(['reform', ...METRICS.map((m) => m.label)], rows),
    '',
    `Baseline levels for scale: ${baselineLevels()}.`,
  ].join('\n');
}

/** The baseline's own level of each metric (the pairs' baseline side: same seed, same replications). */
function baselineLevels() {
  const summary = readJson(path.resolve(ROOT, opts.results, 'baseline', 'summary.json'));
  return METRICS.map((m) => {
    const v = metricOf(summary, m.name);
    return `${m.label} ${v === null ? '–' : num(v.mean / m.scale, m.digits)}`;
  }).join(', ');
}

replaceBlocks(PAGE, { 'reform effects': overview(), ...Object.fromEntries(reforms.map((r) => [`why ${r.name}`, reformBlock(r)])) });
