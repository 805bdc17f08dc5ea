import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  increment(): void;
  /** Prints a line above the bar without breaking it. */
  log(line: string): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; plain lines otherwise (logs and CI stay readable). */
export function createProgress(enabled: boolean): Progress {
  const interactive = enabled && process.stderr.isTTY === true;
  const bar = interactive
    ? new cliProgress.SingleBar({ stream: process.stderr, format: ' {label} [{bar}] {value}/{total} {eta_formatted}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  let running = false;
  return {
    start(total, label) {
      if (!bar || total < 2) return;
      bar.start(total, 0, { label });
      running = true;
    },
    increment() {
      if (running) bar?.increment();
    },
    log(line) {
      if (running) process.stderr.write(`\r\x1b[K${line}\n`);
      else process.stderr.write(`${line}\n`);
    },
    stop() {
      if (running) bar?.stop();
      running = false;
    },
  };
}
