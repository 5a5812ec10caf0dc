// Writes dist/dateline.bundle.js: one self-contained, minified ES module (Lit, D3, edtf inlined)
// that defines <dateline-timeline>. Fails when the gzipped size passes the budget.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = 60;
const outfile = 'dist/dateline.bundle.js';
await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  outfile,
  logLevel: 'warning',
});
const bytes = await readFile(outfile);
const gz = gzipSync(bytes, { level: 9 }).length / 1024;
console.log(`${outfile}: ${(bytes.length / 1024).toFixed(1)} KiB, ${gz.toFixed(1)} KiB gzipped (budget ${BUDGET_KIB} KiB)`);
if (gz > BUDGET_KIB) {
  console.error(`Size budget exceeded: ${gz.toFixed(1)} KiB gzipped > ${BUDGET_KIB} KiB`);
  process.exit(1);
}
