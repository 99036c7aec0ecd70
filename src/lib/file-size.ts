/**
 * File sizes for people: "842 kB", "15.2 MB" (French: "842 ko", "15,2 Mo"), counted in 1024s and
 * rounded up, so a file just over the 15 MB limit never reads "15 MB".
 */
export function formatSize(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(Math.ceil(mb * 10) / 10);
  const kb = Math.max(1, Math.ceil(bytes / 1024));
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(kb);
}
