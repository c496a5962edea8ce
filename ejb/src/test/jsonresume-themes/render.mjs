// Renders JSON Resume documents to HTML with third-party themes: node render.mjs <out-dir> <resume.json>...
// Writes <out-dir>/<theme>__<resume-name>.html; the test prints each to PDF with headless Chromium.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const themes = {
  even: await import('jsonresume-theme-even'),
  elegant: require('jsonresume-theme-elegant'),
  stackoverflow: require('jsonresume-theme-stackoverflow'),
  flat: require('jsonresume-theme-flat'),
};
const [out, ...files] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
for (const file of files) {
  const resume = JSON.parse(readFileSync(file, 'utf8'));
  for (const [name, theme] of Object.entries(themes)) {
    const render = theme.render ?? theme.default?.render;
    const html = await render(resume);
    writeFileSync(`${out}/${name}__${basename(file, '.json')}.html`, html);
  }
}
