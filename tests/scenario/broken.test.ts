// Every broken file is refused with a located, plain-language message. The corpus lives in
// tests/scenario/broken/; files that are unwise to commit (huge, odd encodings) are made here.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_EXTENDS_DEPTH } from '../../src/scenario/load.js';
import { MAX_FILE_BYTES } from '../../src/scenario/source.js';
import type { Diagnostic } from '../../src/userError.js';
import { CORPUS, type Expected } from './corpus.js';
import { BROKEN, diagnosticsOf, tempDir, textDiagnostics } from './helpers.js';

function matches(d: Diagnostic, e: Expected, file: string): boolean {
  return (
    path.basename(d.file) === (e.file ?? file) &&
    d.line === e.line &&
    (e.column === undefined || d.column === e.column) &&
    (e.path === undefined || d.path === e.path) &&
    e.message.test(d.message) &&
    (e.hint === undefined || (d.hint !== undefined && e.hint.test(d.hint)))
  );
}

describe('the corpus of broken scenario files', () => {
  test('every file in the corpus has an expected message, and every expectation a file', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  for (const [file, expected] of Object.entries(CORPUS)) {
    test(`${file} is refused at ${expected.file ?? file}:${expected.line}`, () => {
      const diagnostics = diagnosticsOf(path.join(BROKEN, file));
      expect(
        diagnostics.some((d) => matches(d, expected, file)),
        JSON.stringify(diagnostics, null, 2),
      ).toBe(true);
      // Every message says where: a file and a line.
      for (const d of diagnostics) expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    });
  }

  test('a value that is out of range is not also blamed for a rule across parameters', () => {
    const diagnostics = diagnosticsOf(path.join(BROKEN, 'out-of-range.yaml'));
    expect(diagnostics).toHaveLength(1);
  });
});

describe('files made on the fly', () => {
  const dir = tempDir();
  const write = (name: string, content: string | Uint8Array) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };

  test('a file over the size limit is refused before it is parsed', () => {
    const file = write('huge.yaml', `name: huge\n${'# padding\n'.repeat(Math.ceil(MAX_FILE_BYTES / 10) + 10)}`);
    const [d] = diagnosticsOf(file);
    expect(d.message).toMatch(/too large \(1\.0 MB\).*at most 1 MB/);
  });

  test('a large file under the limit still loads', () => {
    const file = write('large.yaml', `name: large\n${'# padding\n'.repeat(Math.floor((MAX_FILE_BYTES - 100) / 10))}`);
    expect(() => diagnosticsOf(file)).toThrow(/loaded without a mistake/);
  });

  test('text that is not UTF-8 is located at the first bad byte', () => {
    const latin1 = Buffer.from('name: latin\ndescription: Zo\xeb\n', 'latin1');
    const [d] = diagnosticsOf(write('latin1.yaml', latin1));
    expect(d).toMatchObject({ line: 2, column: 16 });
    expect(d.message).toMatch(/not UTF-8/);
  });

  test('UTF-16 text is refused with a hint to save as UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name: wide\n', 'utf16le')]);
    const [d] = diagnosticsOf(write('utf16.yaml', utf16));
    expect(d.message).toMatch(/UTF-16/);
    expect(d.hint).toMatch(/UTF-8/);
  });

  test('a UTF-8 byte order mark is accepted', () => {
    const file = write('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: bom\n')]));
    expect(() => diagnosticsOf(file)).toThrow(/loaded without a mistake/);
  });

  test('Windows line endings: loads, and lines still count right', () => {
    expect(() => diagnosticsOf(write('crlf.yaml', 'name: crlf\r\nguardians:\r\n  adminShare: 0.3\r\n'))).toThrow(
      /loaded without a mistake/,
    );
    const [d] = diagnosticsOf(write('crlf-bad.yaml', 'name: crlf\r\nguardians:\r\n  adminShare: 3\r\n'));
    expect(d).toMatchObject({ line: 3, column: 15 });
  });

  test('a chain of extends deeper than the limit is refused', () => {
    const n = MAX_EXTENDS_DEPTH + 2;
    for (let i = 0; i < n; i++) write(`chain/s${i}.yaml`, i === n - 1 ? `name: s${i}\n` : `extends: s${i + 1}.yaml\nname: s${i}\n`);
    const diagnostics = diagnosticsOf(path.join(dir, 'chain/s0.yaml'));
    expect(diagnostics.some((d) => /more than \d+ files extend one another/.test(d.message) && d.line === 1)).toBe(true);
    // One level less is fine.
    expect(() => diagnosticsOf(path.join(dir, 'chain/s2.yaml'))).toThrow(/loaded without a mistake/);
  });

  test('a file that extends itself is a cycle', () => {
    const diagnostics = diagnosticsOf(write('self.yaml', 'extends: self.yaml\nname: self\n'));
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 10, path: 'extends' });
    expect(diagnostics[0].message).toMatch(/circle/);
  });

  test('extends may only name scenario files', () => {
    const [d] = diagnosticsOf(write('passwd.yaml', 'extends: /etc/passwd\nname: passwd\n'));
    expect(d.message).toMatch(/must name a \.yaml, \.yml or \.json scenario file/);
    const [e] = diagnosticsOf(write('folder.yaml', 'extends: chain.yaml\nname: folder\n'));
    expect(e.message).toMatch(/does not exist/);
    mkdirSync(path.join(dir, 'dir.yaml'));
    const [f] = diagnosticsOf(write('to-folder.yaml', 'extends: dir.yaml\nname: to-folder\n'));
    expect(f).toMatchObject({ line: 1, column: 10 });
    expect(f.message).toMatch(/folder/);
  });

  test('extends that is not a file name', () => {
    const [d] = diagnosticsOf(write('ext-number.yaml', 'name: n\nextends: 3\n'));
    expect(d).toMatchObject({ line: 2, column: 10, path: 'extends' });
  });

  test('deep nesting is refused, not a crash', () => {
    const [d] = textDiagnostics(`name: deep\nx: ${'['.repeat(200)}${']'.repeat(200)}\n`, path.join(dir, 'deep.yaml'));
    expect(d.line).toBe(2);
    expect(d.message).toMatch(/nested/);
  });

  test('an alias to an undefined anchor is located', () => {
    const [d] = textDiagnostics('name: a\nguardians:\n  adminShare: *nowhere\n', path.join(dir, 'alias.yaml'));
    expect(d.line).toBe(3);
  });

  test('a second YAML document is refused', () => {
    const [d] = textDiagnostics('name: a\n---\nname: b\n', path.join(dir, 'two.yaml'));
    expect(d.message).toMatch(/more than one document/);
    expect(d.line).toBe(2);
  });

  test('a list as a key is refused', () => {
    const [d] = textDiagnostics('name: a\n? [x, y]\n: 1\n', path.join(dir, 'key.yaml'));
    expect(d.message).toMatch(/key must be a plain name/);
    expect(d.line).toBe(2);
  });
});
