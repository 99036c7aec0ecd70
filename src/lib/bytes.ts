/**
 * Byte counts for people, the one formatter of sizes: decimal units as phones' file managers show
 * them ("870 byte", "842 kB", "15.8 MB", "1.1 GB"; French "842 ko", "15,8 Mo"), one decimal below
 * 100 of a unit, rounded up, so a file over a limit never reads smaller than it. Total: any number
 * gives text.
 */
const UNITS = [
  [1e9, 'gigabyte'],
  [1e6, 'megabyte'],
  [1e3, 'kilobyte'],
] as const;

export function formatBytes(bytes: number, lang: string): string {
  const n = Number.isFinite(bytes) ? Math.max(0, Math.round(bytes)) : 0;
  const [div, unit] = UNITS.find(([d]) => n >= d) ?? [1, 'byte'];
  const value = n / div;
  const digits = unit === 'byte' || value >= 100 ? 0 : 1;
  const step = 10 ** digits;
  const shown = Math.max(0, Math.ceil(value * step - 1e-9) / step);
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(shown);
}

/** An exact count of bytes ("1,073,741,825 bytes", "1 073 741 825 octets"). */
export function formatExactBytes(bytes: number, lang: string): string {
  const n = Number.isFinite(bytes) ? Math.max(0, Math.round(bytes)) : 0;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(n);
}

/**
 * A size and the limit it broke, worded so they never read the same: when rounding would make them
 * look equal (1 GiB + 1 byte against 1 GiB), both are given as exact byte counts.
 */
export function formatSizeAgainst(size: number, limit: number, lang: string): { size: string; limit: string } {
  const shown = { size: formatBytes(size, lang), limit: formatBytes(limit, lang) };
  if (shown.size !== shown.limit || size === limit) return shown;
  return { size: formatExactBytes(size, lang), limit: formatExactBytes(limit, lang) };
}
