// Reads one scenario file as data, and nothing but data: a size limit before reading, text
// that must be UTF-8, YAML (or JSON) without tags, directives or unsafe keys, and a bounded
// expansion of anchors and aliases. Keeps the parsed document to locate values later.

import { type Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../userError.js';

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_ALIASES = 100;
/** Values after alias expansion; a real scenario has a few hundred. */
export const MAX_VALUES = 50_000;
export const MAX_NESTING = 32;
/** Keys that could reach an object's prototype if a consumer ever copied data carelessly. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Location {
  line: number;
  column: number;
}

/** A parsed file: its data and a way back from a path in the data to the source. */
export interface ParsedSource {
  /** Name shown in messages (the path as the user gave it). */
  label: string;
  data: unknown;
  /** Where the value (or, with `key`, the key) at this path is written; the nearest written ancestor if it is not. */
  locate(path: readonly PropertyKey[], prefer?: 'key' | 'value'): (Location & { exact: boolean }) | undefined;
  /** True when the file writes this path itself. */
  has(path: readonly PropertyKey[]): boolean;
}

export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; diagnostics: Diagnostic[] };

export function tooBig(label: string, bytes: number): Diagnostic {
  return {
    file: label,
    message: `the file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB); a scenario file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    hint: 'a scenario holds parameters, not data: is this the right file?',
  };
}

/** Parses scenario text (bytes from a file, or a string) into data, or says what is wrong and where. */
export function parseSource(input: Uint8Array | string, label: string, options: { json?: boolean; anyValue?: boolean } = {}): ParseResult {
  const decoded = typeof input === 'string' ? { ok: true as const, text: input } : decodeUtf8(input, label);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_FILE_BYTES) return { ok: false, diagnostics: [tooBig(label, new TextEncoder().encode(text).length)] };

  const bad = firstControlCharacter(text);
  if (bad !== undefined) {
    const loc = lineColumn(text, bad);
    const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
    return {
      ok: false,
      diagnostics: [
        {
          file: label,
          ...loc,
          message: `the file contains a control character (U+${code}): it looks like binary data, not text`,
          hint: 'a scenario file is plain text (YAML); is this the right file?',
        },
      ],
    };
  }
  if (text.trim() === '' && !options.anyValue) return { ok: false, diagnostics: [emptyFile(label)] };

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      version: '1.2',
      schema: 'core',
      merge: false,
    });
  } catch (err) {
    return { ok: false, diagnostics: [{ file: label, message: `the file cannot be read as YAML (${(err as Error).message})` }] };
  }
  const at = (offset: number): Location => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    diagnostics.push({ file: label, ...at(e.pos[0]), ...yamlProblem(e.code, e.message) });
  }
  // `%YAML 1.1` would switch on yes/no booleans and merge keys: scenario files are YAML 1.2.
  if (doc.directives?.yaml?.explicit && doc.directives.yaml.version !== '1.2') {
    diagnostics.push({
      file: label,
      line: 1,
      column: 1,
      message: `the directive %YAML ${doc.directives.yaml.version} is not allowed`,
      hint: 'remove the % line; scenario files are YAML 1.2',
    });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupe(diagnostics) };
  if (!options.anyValue && (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.tag))) {
    return { ok: false, diagnostics: [emptyFile(label)] };
  }

  const converted = toData(doc, at, label);
  if (converted.diagnostics.length > 0) return { ok: false, diagnostics: converted.diagnostics };
  const data = converted.value;
  if (!options.anyValue && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    const what = Array.isArray(data) ? 'a list' : 'a single value';
    return {
      ok: false,
      diagnostics: [
        {
          file: label,
          ...at(doc.contents?.range?.[0] ?? 0),
          message: `a scenario file must hold \`key: value\` lines (name:, extends:, sections); this file holds ${what}`,
        },
      ],
    };
  }
  if (options.json) {
    try {
      JSON.parse(text);
    } catch (err) {
      const message = (err as Error).message;
      const position = /position (\d+)/.exec(message);
      const loc = position ? lineColumn(text, Number(position[1])) : {};
      return {
        ok: false,
        diagnostics: [
          {
            file: label,
            ...loc,
            message: `this .json file is not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`,
            hint: 'fix it, or rename it to .yaml to write YAML',
          },
        ],
      };
    }
  }

  const nodeAt = (path: readonly PropertyKey[]) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let key: Node | undefined;
    let depth = 0;
    for (const seg of path) {
      node = resolveAlias(doc, node);
      let next: Node | null | undefined;
      let nextKey: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (pair) {
          nextKey = pair.key as Node;
          // A key with nothing after the colon has no value node: point at the key.
          next = (pair.value as Node | null) ?? (pair.key as Node);
        }
      } else if (isSeq(node)) {
        const i = typeof seg === 'number' ? seg : /^\d+$/.test(String(seg)) ? Number(seg) : -1;
        if (i >= 0 && i < node.items.length) next = node.items[i] as Node;
      }
      if (next === undefined || next === null) break;
      node = next;
      key = nextKey;
      depth++;
    }
    return { node, key, depth };
  };

  const source: ParsedSource = {
    label,
    data,
    locate(path, prefer = 'value') {
      const { node, key, depth } = nodeAt(path);
      const exact = depth === path.length;
      const target = (prefer === 'key' || !exact) && key ? key : node;
      const offset = target?.range?.[0];
      if (offset === undefined) return { line: 1, column: 1, exact: false };
      return { ...at(offset), exact };
    },
    has(path) {
      return nodeAt(path).depth === path.length;
    },
  };
  return { ok: true, source };
}

function emptyFile(label: string): Diagnostic {
  return {
    file: label,
    line: 1,
    column: 1,
    message: 'the file is empty: a scenario needs at least a `name:`',
    hint: 'start from a scenario in scenarios/foodvalley/, e.g. `extends: baseline.yaml` and the values you change',
  };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function resolveAlias(doc: Document.Parsed, node: Node | null | undefined): Node | null | undefined {
  let n = node;
  for (let i = 0; i < MAX_ALIASES && isAlias(n); i++) n = (n as Alias).resolve(doc) as Node | undefined;
  return n;
}

/** Plain-language wording for the YAML parser's error codes. */
function yamlProblem(code: string, message: string): { message: string; hint?: string } {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: 'this key appears twice in the same section', hint: 'keep one of the two lines' };
    case 'TAB_AS_INDENT':
      return { message: 'a tab is used to indent', hint: 'indent with spaces only (two per level)' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: `the YAML is not well formed: ${message}`,
        hint: 'check the indentation and the `key: value` layout of this line and the one before',
      };
    case 'MULTIPLE_DOCS':
      return {
        message: 'the file holds more than one document (a second `---` line)',
        hint: 'one scenario per file: remove the second `---` or split the file',
      };
    case 'TAG_RESOLVE_FAILED': {
      const raw = /tag: (\S+)/.exec(message)?.[1];
      const tag = raw ? tagName(raw) : '!something';
      return {
        message: `tags (\`${tag}\`) are not allowed: a scenario file holds plain values only`,
        hint: 'remove the `!...` before the value',
      };
    }
    case 'RESOURCE_EXHAUSTION':
      return {
        message: 'the file is nested too deeply or expands to too much data',
        hint: 'a scenario file needs only a few levels of indentation',
      };
    case 'DUPLICATE_ANCHOR':
    case 'BAD_ALIAS':
      return { message: `anchor or alias problem: ${message}` };
    default:
      return { message: `the YAML cannot be read: ${message}` };
  }
}

/** Converts the YAML tree to plain data, refusing everything that is not plain data. */
function toData(doc: Document.Parsed, at: (offset: number) => Location, label: string): { value: unknown; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let aliases = 0;
  let values = 0;
  let stopped = false;
  const expanding = new Set<Node>();
  const fail = (node: Node | null | undefined, message: string, hint?: string) => {
    diagnostics.push({ file: label, ...at(node?.range?.[0] ?? 0), message, ...(hint ? { hint } : {}) });
  };

  const convert = (node: Node | null | undefined, depth: number): unknown => {
    if (stopped) return undefined;
    if (node === null || node === undefined) return null;
    if (++values > MAX_VALUES) {
      stopped = true;
      fail(
        node,
        `the file expands to more than ${MAX_VALUES} values (through anchors and aliases)`,
        'a scenario holds a few hundred values; remove the repeated aliases',
      );
      return undefined;
    }
    if (depth > MAX_NESTING) {
      stopped = true;
      fail(node, `the file is nested more than ${MAX_NESTING} levels deep`, 'a scenario file needs only a few levels of indentation');
      return undefined;
    }
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES) {
        stopped = true;
        fail(node, `the file uses more than ${MAX_ALIASES} aliases (*name)`, 'write the values out instead of repeating aliases');
        return undefined;
      }
      const target = node.resolve(doc) as Node | undefined;
      if (!target) {
        fail(node, `the alias *${node.source} refers to no anchor &${node.source} above it`);
        return undefined;
      }
      if (expanding.has(target)) {
        fail(node, `the alias *${node.source} refers to a value that contains it`);
        return undefined;
      }
      expanding.add(target);
      const v = convert(target, depth + 1);
      expanding.delete(target);
      return v;
    }
    const tag = (node as { tag?: string }).tag;
    if (tag) {
      fail(
        node,
        `tags (\`${tagName(tag)}\`) are not allowed: a scenario file holds plain values only`,
        'remove the `!...` before the value',
      );
      return undefined;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      if (typeof v === 'bigint') return Number(v);
      fail(node, 'this value is not a plain number, text or true/false');
      return undefined;
    }
    if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode) || (keyNode as { tag?: string }).tag) {
          fail(keyNode ?? (pair.value as Node | null), 'a key must be a plain name (like `adminShare:`), not a list, a group or an alias');
          continue;
        }
        const kv = keyNode.value;
        if (kv === null || kv === '') {
          fail(keyNode.range ? keyNode : (pair.value as Node | null), 'a value has no key: write `name: value`');
          continue;
        }
        if (typeof kv !== 'string' && typeof kv !== 'number' && typeof kv !== 'boolean') {
          fail(keyNode, 'a key must be a plain name');
          continue;
        }
        const key = String(kv);
        if (FORBIDDEN_KEYS.has(key)) {
          fail(
            keyNode,
            `the key "${key}" is not allowed`,
            'scenario files may not use the reserved names __proto__, constructor or prototype',
          );
          continue;
        }
        const value = convert(pair.value as Node | null, depth + 1);
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    if (isSeq(node)) return node.items.map((item) => convert(item as Node | null, depth + 1));
    fail(node, 'this value is not plain data');
    return undefined;
  };

  const value = convert(doc.contents as Node | null, 0);
  return { value, diagnostics };
}

function tagName(tag: string): string {
  if (tag.startsWith('tag:yaml.org,2002:')) return `!!${tag.slice('tag:yaml.org,2002:'.length)}`;
  return tag.startsWith('!') ? tag : `!<${tag}>`;
}

/** Refuses non-UTF-8 and UTF-16 text, pointing at the first bad byte. */
function decodeUtf8(bytes: Uint8Array, label: string): { ok: true; text: string } | { ok: false; diagnostic: Diagnostic } {
  if (bytes.length === 0) return { ok: false, diagnostic: emptyFile(label) };
  const nul = bytes.indexOf(0);
  if (nul >= 0 && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, nul));
    return {
      ok: false,
      diagnostic: {
        file: label,
        ...lineColumn(before, before.length),
        message: 'the file contains binary data (a zero byte), not text',
        hint: 'a scenario file is plain text (YAML); is this the right file?',
      },
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      diagnostic: {
        file: label,
        line: 1,
        column: 1,
        message: 'the file is saved as UTF-16 text',
        hint: 'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
      },
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const loc = lineColumn(before, before.length);
    const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
    return {
      ok: false,
      diagnostic: {
        file: label,
        ...loc,
        message: `the file is not UTF-8 text (byte 0x${byte} cannot start or continue a character)`,
        hint: 'save it as UTF-8; if it is not a text file, it is not a scenario',
      },
    };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else if (c >= 0x80) {
      return i;
    }
    if (i + n >= b.length && n > 0) return i;
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]!; // i + n < b.length: checked above
      if ((cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

/** Control characters YAML does not allow in text (tab, LF and CR are fine). */
function firstControlCharacter(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffe || c === 0xffff) return i;
  }
  return undefined;
}

function lineColumn(text: string, offset: number): Location {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
