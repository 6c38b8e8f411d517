// Checks a Stryker JSON report against the project's mutation targets and prints the score per
// file: at least 90% for src/kernel as a whole, at least 80% for every file of src/model. Stryker's
// own `break` threshold is on the total only, so the per-file targets live here.
// Usage: node scripts/mutation-thresholds.mjs reports/mutation/model/mutation.json [--markdown out.md]
import { readFileSync, writeFileSync } from 'node:fs';

const [file, flag, out] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/mutation-thresholds.mjs <mutation.json> [--markdown <out.md>]\n');
  process.exit(2);
}
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  process.stderr.write(`${file}: cannot read the mutation report (${e.message}); run Stryker first\n`);
  process.exit(2);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const count = (mutants) => {
  const c = { detected: 0, undetected: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const m of mutants) {
    if (DETECTED.has(m.status)) c.detected++;
    else if (UNDETECTED.has(m.status)) {
      c.undetected++;
      if (m.status === 'Survived') c.survived++;
      else c.noCoverage++;
    } else if (m.status === 'Ignored') c.ignored++;
  }
  c.score = c.detected + c.undetected === 0 ? 100 : (100 * c.detected) / (c.detected + c.undetected);
  return c;
};

const rows = Object.entries(report.files)
  .map(([path, f]) => ({ path: path.replace(/^.*?(src\/)/, '$1'), ...count(f.mutants) }))
  .sort((a, b) => a.path.localeCompare(b.path));
const misses = [];
for (const r of rows) if (r.path.startsWith('src/model/') && r.score < 80) misses.push(`${r.path}: ${r.score.toFixed(1)}% < 80%`);
const kernel = rows.filter((r) => r.path.startsWith('src/kernel/'));
if (kernel.length > 0) {
  const k = count(kernel.flatMap((r) => report.files[Object.keys(report.files).find((p) => p.endsWith(r.path))].mutants));
  if (k.score < 90) misses.push(`src/kernel: ${k.score.toFixed(1)}% < 90%`);
}
const all = count(Object.values(report.files).flatMap((f) => f.mutants));

const lines = ['| file | score | killed | survived | no coverage | ignored |', '| --- | --- | --- | --- | --- | --- |'];
for (const r of rows)
  lines.push(`| \`${r.path}\` | ${r.score.toFixed(1)}% | ${r.detected} | ${r.survived} | ${r.noCoverage} | ${r.ignored} |`);
lines.push(`| **all** | **${all.score.toFixed(1)}%** | ${all.detected} | ${all.survived} | ${all.noCoverage} | ${all.ignored} |`);
const table = lines.join('\n');
process.stdout.write(`${table}\n`);
if (flag === '--markdown' && out) writeFileSync(out, `${table}\n`);
if (misses.length > 0) {
  process.stderr.write(`below the mutation targets:\n  ${misses.join('\n  ')}\n`);
  process.exit(1);
}
