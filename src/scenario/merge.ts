// Deep merge of scenario layers (parent files, the file itself, `--set` overrides), keeping
// for every value the layer it came from and where that layer wrote it, so that an error in an
// inherited value points at the line in the parent file that wrote it.
//
// Rules: groups of settings merge key by key. A list of named entries (institutions,
// municipalities, areas) merges by name: an entry with a name the list below has changes that
// entry, key by key; a new name adds an entry at the end; `remove: true` removes one. Other
// lists and single values replace. A distribution whose `kind` differs from the parent's
// replaces it whole (a lognormal's `sd` means nothing to a deterministic one).

import { didYouMean } from './didYouMean.js';

/** Which layer a value came from, where that layer wrote it, and its parts where layers were merged. */
export interface Provenance {
  layer: number;
  /** The value's path in its layer's own data (an entry merged by name may sit elsewhere there). */
  at: readonly PropertyKey[];
  children?: Map<string, Provenance>;
}

export interface Layered {
  value: unknown;
  prov: Provenance;
}

/** A mistake in how a layer builds on the one below, at a path in that layer's data. */
export interface MergeProblem {
  layer: number;
  at: readonly PropertyKey[];
  message: string;
  hint?: string;
}

export interface MergeContext {
  /** Collects what cannot be merged (a removal of an unknown name, an entry without a name). */
  problems: MergeProblem[];
  /**
   * New entries whose name is close to one of the list below (a typo adds an entry instead of
   * changing one): where the merged scenario then fails inside them, the error can say so.
   */
  nearNames?: NearName[];
  /**
   * The value below a path that no lower layer wrote (the schema's defaults), so that a list a
   * parent leaves to its default is still merged by name, not replaced.
   */
  fallback?: (path: readonly PropertyKey[]) => unknown;
}

/** A new list entry named like an existing one: its path in the merged scenario, its name, the name it resembles. */
export interface NearName {
  path: PropertyKey[];
  name: string;
  nearest: string;
}

/** The key that asks for a list entry to be removed. */
export const REMOVE_KEY = 'remove';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindChanges(base: Record<string, unknown>, over: Record<string, unknown>): boolean {
  return Object.hasOwn(base, 'kind') && Object.hasOwn(over, 'kind') && base.kind !== over.kind;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deepClone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepClone) as T;
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) setOwn(out, k, deepClone(v[k]));
    return out as T;
  }
  return v;
}

/** A list whose entries all have a name: the lists that merge by name. */
export function isNamedList(v: unknown): v is Record<string, unknown>[] {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isPlainObject(e) && typeof e.name === 'string');
}

/** True for a list that asks to merge by name: some entry is a group of settings with a name or a `remove`. */
function wantsNameMerge(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.some((e) => isPlainObject(e) && (Object.hasOwn(e, 'name') || Object.hasOwn(e, REMOVE_KEY)));
}

/** A group with, somewhere inside, a list that asks to merge by name. */
function holdsNamedList(v: unknown): boolean {
  return isPlainObject(v) && Object.values(v).some((x) => wantsNameMerge(x) || holdsNamedList(x));
}

const isRemoval = (e: unknown): boolean => isPlainObject(e) && Object.hasOwn(e, REMOVE_KEY);

const noProblems = (): MergeContext => ({ problems: [] });

/**
 * Lays `over` (from layer `layer`, written at `at` in that layer's data) on top of `base`.
 * Neither input is modified.
 */
export function mergeOver(
  base: Layered | undefined,
  over: unknown,
  layer: number,
  ctx: MergeContext = noProblems(),
  at: readonly PropertyKey[] = [],
  path: readonly PropertyKey[] = [],
): Layered {
  if (base === undefined && holdsNamedList(over)) {
    // a group no layer below wrote, with a list in it that may change the default's entries
    base = { value: {}, prov: { layer, at } };
  }
  if (base && isPlainObject(base.value) && isPlainObject(over) && !kindChanges(base.value, over)) {
    const value: Record<string, unknown> = {};
    const children = new Map<string, Provenance>();
    for (const k of Object.keys(base.value)) {
      setOwn(value, k, base.value[k]);
      children.set(k, childProv(base.prov, k));
    }
    for (const k of Object.keys(over)) {
      let below = Object.hasOwn(value, k) ? { value: value[k], prov: children.get(k)! } : undefined;
      if (below === undefined && ctx.fallback && wantsNameMerge(over[k])) {
        // a list the layers below leave to its default: this layer changes the default's entries
        const d = ctx.fallback([...path, k]);
        if (isNamedList(d)) below = { value: deepClone(d), prov: { layer, at: [...at, k] } };
      }
      const merged = mergeOver(below, over[k], layer, ctx, [...at, k], [...path, k]);
      setOwn(value, k, merged.value);
      children.set(k, merged.prov);
    }
    return { value, prov: { layer, at, children } };
  }
  if (base && isNamedList(base.value) && wantsNameMerge(over)) return mergeByName(base, over, layer, ctx, at, path);
  if (Array.isArray(over) && over.some(isRemoval)) {
    // nothing below to remove from: say so, and keep the entry out of the other checks
    over.forEach((e, i) => {
      if (isRemoval(e))
        ctx.problems.push({
          layer,
          at: [...at, i, REMOVE_KEY],
          message: `\`${REMOVE_KEY}\` takes an entry out of the list a scenario builds on, but there is none here`,
          hint: 'write the list without this entry',
        });
    });
    const kept = over.map((e, i) => ({ e, i })).filter(({ e }) => !isRemoval(e));
    return {
      value: kept.map(({ e }) => deepClone(e)),
      prov: { layer, at, children: new Map(kept.map(({ i }, k) => [String(k), { layer, at: [...at, i] }])) },
    };
  }
  return { value: deepClone(over), prov: { layer, at } };
}

/** The rule for lists of named entries (see the top of this file). */
function mergeByName(
  base: Layered,
  over: unknown[],
  layer: number,
  ctx: MergeContext,
  at: readonly PropertyKey[],
  path: readonly PropertyKey[],
): Layered {
  const entries = (base.value as Record<string, unknown>[]).map((value, i) => ({
    value: value as unknown,
    prov: childProv(base.prov, String(i)),
  }));
  const indexOf = (name: string) => entries.findIndex((e) => (e.value as Record<string, unknown>).name === name);
  over.forEach((entry, j) => {
    const here = [...at, j];
    if (!isPlainObject(entry) || typeof entry.name !== 'string') {
      ctx.problems.push({
        layer,
        at: here,
        message: 'each entry needs a `name`: entries of this list are matched by name with the list the scenario builds on',
        hint: `the names there: ${entries.map((e) => (e.value as Record<string, unknown>).name).join(', ')}`,
      });
      return;
    }
    const { [REMOVE_KEY]: remove, ...rest } = entry;
    const i = indexOf(entry.name);
    if (remove !== undefined && remove !== false) {
      if (remove !== true) {
        ctx.problems.push({ layer, at: [...here, REMOVE_KEY], message: `\`${REMOVE_KEY}\` must be true or false` });
      } else if (Object.keys(rest).length > 1) {
        ctx.problems.push({
          layer,
          at: [...here, REMOVE_KEY],
          message: `an entry with \`${REMOVE_KEY}: true\` takes only its name`,
          hint: `remove the other settings of ${entry.name}, or \`${REMOVE_KEY}: true\``,
        });
      } else if (i < 0) {
        ctx.problems.push({
          layer,
          at: [...here, 'name'],
          message: `there is no entry "${entry.name}" to remove`,
          hint: `the names there: ${entries.map((e) => (e.value as Record<string, unknown>).name).join(', ')}`,
        });
      } else {
        entries.splice(i, 1);
      }
      return;
    }
    if (i >= 0) entries[i] = mergeOver(entries[i], rest, layer, ctx, here, [...path, i]);
    else {
      const nearest = didYouMean(
        entry.name,
        entries.map((e) => String((e.value as Record<string, unknown>).name)),
      );
      if (nearest !== undefined) ctx.nearNames?.push({ path: [...path, entries.length], name: entry.name, nearest });
      entries.push({ value: deepClone(rest), prov: { layer, at: here } });
    }
  });
  const children = new Map(entries.map((e, i) => [String(i), e.prov]));
  return { value: entries.map((e) => e.value), prov: { layer, at, children } };
}

function childProv(p: Provenance, key: string): Provenance {
  return p.children?.get(key) ?? { layer: p.layer, at: [...p.at, key] };
}

/**
 * The layer a path's value came from and where that layer wrote it. `complete` is false when
 * the path goes deeper than any layer wrote (a missing key); `merged` tells whether it stopped
 * inside a group several layers wrote.
 */
export function originOf(
  prov: Provenance,
  path: readonly PropertyKey[],
): { layer: number; at: PropertyKey[]; complete: boolean; merged: boolean } {
  let p = prov;
  for (let i = 0; i < path.length; i++) {
    if (!p.children) return { layer: p.layer, at: [...p.at, ...path.slice(i)], complete: true, merged: false };
    const next = p.children.get(String(path[i]));
    if (!next) return { layer: p.layer, at: [...p.at, ...path.slice(i)], complete: false, merged: true };
    p = next;
  }
  return { layer: p.layer, at: [...p.at], complete: true, merged: p.children !== undefined };
}

/** A `--set` path segment that names a list entry: `gi.institutions[Leger des Heils]`. */
export interface EntryName {
  name: string;
}

/**
 * Sets `over` at `path` (keys, list indexes and entry names) as a new layer, in place. Missing
 * groups on the way are filled from `ctx.fallback` (the defaults), so that `--set` can reach a
 * value no file wrote. Returns a message when the path cannot be reached in this data.
 */
export function setAt(
  root: Layered,
  path: readonly (string | number | EntryName)[],
  over: unknown,
  layer: number,
  ctx: MergeContext & { fallback: NonNullable<MergeContext['fallback']> },
): string | undefined {
  if (!isPlainObject(root.value)) return 'the scenario is not a group of settings';
  let container: Record<string, unknown> | unknown[] = root.value;
  let prov = root.prov;
  const reached: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let key: string;
    if (typeof seg === 'object') {
      if (!isNamedList(container)) return `\`${reached.join('.')}\` is not a list of named entries`;
      const list = container;
      const index = list.findIndex((e) => e.name === seg.name);
      if (index < 0) return `there is no entry "${seg.name}"; the list has: ${list.map((e) => e.name).join(', ')}`;
      key = String(index);
    } else {
      key = String(seg);
    }
    // Split a value that came whole from one layer, so this layer can own one part of it.
    const whole = prov;
    const children: Map<string, Provenance> =
      prov.children ?? new Map(Object.keys(container).map((k) => [k, { layer: whole.layer, at: [...whole.at, k] }]));
    prov.children = children;
    let has: boolean;
    if (Array.isArray(container)) {
      const index = Number(key);
      if (!/^\d+$/.test(key) || index > container.length) {
        const n = container.length;
        if (n === 0) return 'the list is empty: use [0] to add an entry';
        return `the list has ${n} ${n === 1 ? 'entry' : 'entries'}: use an index from 0 to ${n - 1}, or ${n} to add one`;
      }
      has = index < container.length;
    } else {
      has = Object.hasOwn(container, key);
    }
    reached.push(Array.isArray(container) ? Number(key) : key);
    const current = has ? (container as Record<string, unknown>)[key] : undefined;
    const put = (v: unknown) => {
      if (Array.isArray(container)) container[Number(key)] = v;
      else setOwn(container, key, v);
    };
    if (i === path.length - 1) {
      let below: Layered | undefined = has
        ? { value: current, prov: children.get(key) ?? { layer: prov.layer, at: [...prov.at, key] } }
        : undefined;
      if (below === undefined && wantsNameMerge(over)) {
        const d = ctx.fallback(reached);
        if (isNamedList(d)) below = { value: deepClone(d), prov: { layer, at: [] } };
      }
      const merged = mergeOver(below, over, layer, ctx, [], reached);
      put(merged.value);
      children.set(key, merged.prov);
      return undefined;
    }
    let next = current;
    let nextProv = children.get(key);
    if (has && !isPlainObject(next) && !Array.isArray(next)) {
      // Replacing it would hide the file's mistake behind the option.
      return `the scenario's \`${reached.join('.')}\` is not a group of settings or a list, so a part of it cannot be set`;
    }
    if (!has || !nextProv) {
      const d = ctx.fallback(reached);
      next = isPlainObject(d) || Array.isArray(d) ? deepClone(d) : {};
      nextProv = { layer, at: [] };
      put(next);
      children.set(key, nextProv);
    }
    container = next as Record<string, unknown> | unknown[];
    prov = nextProv;
  }
  return undefined;
}
