// Writes dist/dateline.bundle.js: one self-contained, minified ES module (Lit, D3, edtf inlined)
// that defines <dateline-timeline>. Fails when the gzipped size passes the budget.
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KIB = 60;
const outfile = 'dist/dateline.bundle.js';
/**
 * Dateline uses only edtf's parser. The package entry re-exports its date classes and locale data
 * too, which a bundler cannot drop (the package declares no `sideEffects`), so the bundle takes the
 * parser module directly.
 */
const edtfParserOnly = {
  name: 'edtf-parser-only',
  setup(b) {
    b.onResolve({ filter: /^edtf$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/edtf/src/parser.js', import.meta.url)) }));
  },
};

/**
 * d3-zoom imports d3-transition (with d3-timer, d3-ease and colour interpolation) only to animate
 * zoom transitions and to interrupt running ones, and d3-interpolate (which pulls in d3-color) only
 * for `interpolateZoom`, the path of an animated zoom. Dateline never animates a zoom, so the
 * bundle gets stand-ins: `interrupt(node)` and `selection.interrupt()`, both no-ops when nothing is
 * animating, and an `interpolateZoom` that goes straight to its end. test/bundle.test.ts zooms the
 * bundled element to prove it.
 */
const STAND_INS = {
  'd3-transition': `import { selection } from 'd3-selection';
    export function interrupt() {}
    selection.prototype.interrupt = function () { return this; };`,
  'd3-interpolate': `export function interpolateZoom(a, b) { return () => b; }`,
};
const noTransitions = {
  name: 'no-transitions',
  setup(b) {
    b.onResolve({ filter: /^d3-(transition|interpolate)$/ }, ({ path }) => ({ path, namespace: 'no-transitions' }));
    b.onLoad({ filter: /.*/, namespace: 'no-transitions' }, ({ path }) => ({ resolveDir: process.cwd(), contents: STAND_INS[path] }));
  },
};

/** Minifies the CSS inside Lit's css`` template in src/styles.ts (it has no interpolations). */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(b) {
    b.onLoad({ filter: /src[\\/]styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const [, cssText] = /css`([\s\S]*?)`/.exec(source);
      const { code } = await transform(cssText, { loader: 'css', minify: true });
      return { contents: source.replace(cssText, code.trim().replaceAll('`', '\\`')), loader: 'ts' };
    });
  },
};

await build({
  plugins: [edtfParserOnly, noTransitions, minifyLitCss],
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
