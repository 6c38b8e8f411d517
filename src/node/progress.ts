// The progress bar on stderr: replications done, events per second and the time left. It
// appears only after the first second (short runs stay quiet), only on a terminal, never with
// --quiet, and is cleared when the run ends so the last lines on screen are the results.

import cliProgress from 'cli-progress';
import type { ReplicationResult } from '../model/results.js';
import type { ProgressSink } from '../experiment/experiment.js';

const DELAY_MS = 1000;

export interface ProgressBar extends ProgressSink {
  stop(): void;
}

export function progressBar(options: { quiet: boolean; label?: string; stream?: NodeJS.WriteStream }): ProgressBar {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return { total() {}, done() {}, stop() {} };
  const started = Date.now();
  let total = 0;
  let done = 0;
  let events = 0;
  let bar: cliProgress.SingleBar | null = null;
  const payload = () => ({ eventsPerSecond: formatRate(events / Math.max((Date.now() - started) / 1000, 1e-3)) });
  const show = () => {
    if (bar !== null || Date.now() - started < DELAY_MS) return;
    bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${options.label ? `${options.label} ` : ''}{bar} {value}/{total} replications | {eventsPerSecond} events/s | ETA {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, done, payload());
  };
  const timer = setTimeout(show, DELAY_MS);
  timer.unref();
  return {
    total(n: number) {
      total = n;
      bar?.setTotal(n);
    },
    done(result: ReplicationResult) {
      done++;
      events += result.system.eventsFired;
      show();
      bar?.update(done, payload());
    },
    stop() {
      clearTimeout(timer);
      bar?.stop();
      bar = null;
    },
  };
}

function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)}M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(0)}k`;
  return perSecond.toFixed(0);
}
