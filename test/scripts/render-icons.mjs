#!/usr/bin/env node
// Draws the app's mark (a receipt with a return arrow) as SVG and renders the PNG icons with Debian's
// Chromium. Run by hand when the mark changes: `node test/scripts/render-icons.mjs`; the outputs in
// public/icons are committed.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/icons');
const GREEN = '#0f5c4d';
const PAPER = '#f6f7f5';

// The mark on a 512 grid, centred on (256, 256); its corners stay within a radius of 190.
const MARK = `
  <path fill="${PAPER}" d="M176 96h160a20 20 0 0 1 20 20v300l-25-18-25 18-25-18-25 18-25-18-25 18-25-18-25 18-25-18-25 18V116a20 20 0 0 1 20-20z"/>
  <g fill="none" stroke="${GREEN}" stroke-linecap="round" stroke-linejoin="round">
    <path stroke-opacity="0.35" stroke-width="16" d="M200 150h112M200 192h72"/>
    <path stroke-width="24" d="M314 344v-18a56 56 0 0 0-56-56h-58M230 238l-32 32 32 32"/>
  </g>`;

function svg({ size, radius, scale }) {
  const t = 256 * (1 - scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${radius}" fill="${GREEN}"/>
  <g transform="translate(${t} ${t}) scale(${scale})">${MARK}</g>
</svg>
`;
}

const favicon = svg({ size: 512, radius: 112, scale: 1 });
writeFileSync(resolve(out, 'favicon.svg'), favicon);

const pngs = [
  { file: 'icon-192.png', size: 192, radius: 112, scale: 1 },
  { file: 'icon-512.png', size: 512, radius: 112, scale: 1 },
  // Maskable: full-bleed background, the mark shrunk well inside the 80% safe circle.
  { file: 'icon-maskable-512.png', size: 512, radius: 0, scale: 0.78 },
  // iOS rounds the corners itself and shows transparency as black.
  { file: 'apple-touch-icon.png', size: 180, radius: 0, scale: 0.86 },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const icon of pngs) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg(icon).replace(/width="\d+" height="\d+"/, `width="${icon.size}" height="${icon.size}" style="display:block"`)}</body></html>`;
    await page.setContent(html);
    await page.screenshot({ path: resolve(out, icon.file), omitBackground: true });
    await page.close();
    console.log(`wrote public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
