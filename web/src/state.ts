// The page's settings in the URL fragment, so a link reproduces a run:
//   #scenario=guardian-duos&replications=30&seed=20191&set=guardians.adminShare%3D0.3&lang=en&run
// `scenario` names a bundled scenario by file name; a file of the user's travels as `yaml`
// (base64url of its UTF-8 text) with its `file` name; `set` is repeated, one `path=value` each,
// as the command line's --set; `run` starts the simulation when the page opens.

import type { Lang } from '../../src/report/types.js';

export interface PageState {
  scenario: string;
  custom: { name: string; text: string } | null;
  overrides: string[];
  replications: number;
  seed: number;
  lang: Lang;
  run: boolean;
}

export const DEFAULTS: Omit<PageState, 'overrides' | 'custom'> = {
  scenario: 'baseline',
  replications: 30,
  seed: 20191,
  lang: 'nl',
  run: false,
};

export function readState(hash: string): PageState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const whole = (v: string | null, fallback: number, min: number) => {
    const n = v === null ? NaN : Number(v);
    return Number.isSafeInteger(n) && n >= min ? n : fallback;
  };
  const yaml = params.get('yaml');
  let custom: PageState['custom'] = null;
  if (yaml !== null) {
    try {
      custom = { name: params.get('file') || 'scenario.yaml', text: fromBase64Url(yaml) };
    } catch {
      custom = null;
    }
  }
  return {
    scenario: params.get('scenario') || DEFAULTS.scenario,
    custom,
    overrides: params.getAll('set'),
    replications: whole(params.get('replications'), DEFAULTS.replications, 1),
    seed: whole(params.get('seed'), DEFAULTS.seed, -Number.MAX_SAFE_INTEGER),
    lang: params.get('lang') === 'en' ? 'en' : 'nl',
    run: params.has('run'),
  };
}

export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  if (state.custom) {
    params.set('file', state.custom.name);
    params.set('yaml', toBase64Url(state.custom.text));
  } else params.set('scenario', state.scenario);
  for (const o of state.overrides) params.append('set', o);
  params.set('replications', String(state.replications));
  params.set('seed', String(state.seed));
  if (state.lang !== 'nl') params.set('lang', state.lang);
  let text = params.toString();
  if (state.run) text += '&run';
  return `#${text}`;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
