/** Durations and sizes as people read them in a one-line message. */

const MiB = 1024 * 1024;

/** 850 ms, 4.2 s. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** 10 MiB, 1.5 MiB, 64 KiB, 10 KiB (rounded), 900 bytes. */
export function formatBytes(n: number): string {
  if (n >= MiB) return `${Number((n / MiB).toFixed(1))} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  if (n >= 10 * 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
