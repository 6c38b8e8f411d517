// What a ministry needs to reuse and cite jbsim, checked: the licence (EUPL-1.2) everywhere it is
// named, CITATION.cff valid against the CFF 1.2.0 schema (tests/fixtures), the changelog in the
// Keep a Changelog form with semantic versions, and a README and docs that stand alone: every
// link is a public web address or a file inside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './experiment/helpers.js';

const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license?: string };
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

describe('the licence', () => {
  it('is the full EUPL-1.2 text, named in package.json and CITATION.cff', () => {
    const text = read('LICENSE');
    expect(text.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true);
    for (const article of ['1.Definitions', '5.Obligations of the Licensee', '15.Applicable Law', 'Appendix'])
      expect(text).toContain(article);
    expect(pkg.license).toBe('EUPL-1.2');
    expect((parse(read('CITATION.cff')) as { license: string }).license).toBe('EUPL-1.2');
  });
});

describe('CITATION.cff', () => {
  const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(
    JSON.parse(read('tests/fixtures/cff-1.2.0-schema.json')) as object,
  );
  const cff = parse(read('CITATION.cff'), { version: '1.2' }) as Record<string, unknown>;

  it('validates against the Citation File Format 1.2.0 schema', () => {
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema refuses a citation without authors (the check can fail)', () => {
    const { authors: _, ...withoutAuthors } = cff;
    expect(validate(withoutAuthors)).toBe(false);
    expect(validate({ ...cff, 'cff-version': '1.2' })).toBe(false);
  });

  it('cites the version in package.json, released on the date the changelog gives', () => {
    expect(cff.version).toBe(pkg.version);
    expect(read('CHANGELOG.md')).toContain(`## [${pkg.version}] - ${String(cff['date-released'])}`);
  });
});

describe('CHANGELOG.md', () => {
  const text = read('CHANGELOG.md');
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');

  it('has Unreleased first, then released versions, newest first, with semantic versions and ISO dates', () => {
    expect(headings[0]).toBe('[Unreleased]');
    const released = headings.slice(1).map((h) => /^\[(\d+)\.(\d+)\.(\d+)\] - (\d{4}-\d\d-\d\d)$/.exec(h));
    expect(
      released.every((m) => m !== null),
      headings.join(' | '),
    ).toBe(true);
    const versions = released.map((m) => [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])] as const);
    const sorted = [...versions].sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
    expect(versions).toEqual(sorted);
    expect(released.some((m) => `${m![1]}.${m![2]}.${m![3]}` === pkg.version)).toBe(true);
  });

  it('groups changes only under the kinds Keep a Changelog names', () => {
    const kinds = [...text.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(2);
    for (const k of kinds) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(k);
  });
});

describe('the README and docs stand alone', () => {
  const documents = [
    'README.md',
    'CHANGELOG.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];

  it.each(documents)('%s links only to public web pages and to files in the repository', (doc) => {
    const text = read(doc);
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    const problems: string[] = [];
    for (const target of targets) {
      if (/^https:\/\//.test(target) || target.startsWith('#')) continue;
      if (/^[a-z]+:/i.test(target)) {
        problems.push(`${target}: not a public https address`);
        continue;
      }
      const file = resolve(dirname(join(ROOT, doc)), target.replace(/#.*/, ''));
      if (relative(ROOT, file).startsWith('..')) problems.push(`${target}: outside the repository`);
      else if (!existsSync(file)) problems.push(`${target}: no such file`);
    }
    // a path in backticks that leaves the repository is a link a reader cannot follow either
    for (const [, path = ''] of text.matchAll(/`(\.\.\/[^`\s]+)`/g)) {
      if (relative(ROOT, resolve(dirname(join(ROOT, doc)), path)).startsWith('..')) problems.push(`${path}: outside the repository`);
    }
    expect(problems).toEqual([]);
  });
});
