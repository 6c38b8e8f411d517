// Deep merge of scenario layers (parent files, the file itself, `--set` overrides), keeping
// for every value the layer it came from, so that an error in an inherited value points at
// the line in the parent file that wrote it.
//
// Rules: groups of settings merge key by key; lists and single values replace. A distribution
// whose `kind` differs from the parent's replaces it whole (a lognormal's `sd` means nothing
// to a deterministic one).

/** Which layer a value came from; `children` only where layers were merged key by key. */
export interface Provenance {
  layer: number;
  children?: Map<string, Provenance>;
}

export interface Layered {
  value: unknown;
  prov: Provenance;
}

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

/** Lays `over` (from layer `layer`) on top of `base`. Neither input is modified. */
export function mergeOver(base: Layered | undefined, over: unknown, layer: number): Layered {
  if (base && isPlainObject(base.value) && isPlainObject(over) && !kindChanges(base.value, over)) {
    const value: Record<string, unknown> = {};
    const children = new Map<string, Provenance>();
    for (const k of Object.keys(base.value)) {
      setOwn(value, k, base.value[k]);
      children.set(k, childProv(base.prov, k));
    }
    for (const k of Object.keys(over)) {
      const below = Object.hasOwn(value, k) ? { value: value[k], prov: children.get(k)! } : undefined;
      const merged = mergeOver(below, over[k], layer);
      setOwn(value, k, merged.value);
      children.set(k, merged.prov);
    }
    return { value, prov: { layer, children } };
  }
  return { value: deepClone(over), prov: { layer } };
}

function childProv(p: Provenance, key: string): Provenance {
  return p.children?.get(key) ?? { layer: p.layer };
}

/**
 * The layer a path's value came from. `complete` is false when the path goes deeper than any
 * layer wrote (a missing key); `merged` tells whether it stopped inside a group several layers wrote.
 */
export function originOf(prov: Provenance, path: readonly PropertyKey[]): { layer: number; complete: boolean; merged: boolean } {
  let p = prov;
  for (let i = 0; i < path.length; i++) {
    if (!p.children) return { layer: p.layer, complete: true, merged: false };
    const next = p.children.get(String(path[i]));
    if (!next) return { layer: p.layer, complete: false, merged: true };
    p = next;
  }
  return { layer: p.layer, complete: true, merged: p.children !== undefined };
}

/**
 * Sets `over` at `path` (keys and list indexes) as a new layer, in place. Missing groups on the
 * way are filled from `fallback` (the defaults), so that `--set` can reach a value no file
 * wrote. Returns a message when the path cannot be reached in this data.
 */
export function setAt(root: Layered, path: readonly (string | number)[], over: unknown, layer: number, fallback: (path: readonly (string | number)[]) => unknown): string | undefined {
  if (!isPlainObject(root.value)) return 'the scenario is not a group of settings';
  let container: Record<string, unknown> | unknown[] = root.value;
  let prov = root.prov;
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    // Split a value that came whole from one layer, so this layer can own one part of it.
    const children: Map<string, Provenance> = prov.children ?? new Map(Object.keys(container).map((k) => [k, { layer: prov.layer }]));
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
    const current = has ? (container as Record<string, unknown>)[key] : undefined;
    const put = (v: unknown) => {
      if (Array.isArray(container)) container[Number(key)] = v;
      else setOwn(container, key, v);
    };
    if (i === path.length - 1) {
      const merged = mergeOver(has ? { value: current, prov: children.get(key) ?? { layer: prov.layer } } : undefined, over, layer);
      put(merged.value);
      children.set(key, merged.prov);
      return undefined;
    }
    let next = current;
    let nextProv = children.get(key);
    if (has && !isPlainObject(next) && !Array.isArray(next)) {
      // Replacing it would hide the file's mistake behind the option.
      return `the scenario's \`${path.slice(0, i + 1).join('.')}\` is not a group of settings or a list, so a part of it cannot be set`;
    }
    if (!has || !nextProv) {
      const d = fallback(path.slice(0, i + 1));
      next = isPlainObject(d) || Array.isArray(d) ? deepClone(d) : {};
      nextProv = { layer };
      put(next);
      children.set(key, nextProv);
    }
    container = next as Record<string, unknown> | unknown[];
    prov = nextProv;
  }
  return undefined;
}
