// Writes dist/dateline.bundle.js: one self-contained, minified ES module (Lit, D3, edtf inlined)
// that defines <dateline-timeline>. Fails when the gzipped size passes the budget.
import { build, transform } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import ts from 'typescript';

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
 * Minifies the CSS inside the Lit css`` templates of src/styles/. Interpolations (`${unsafeCSS(ROW)}`)
 * stand in the CSS as placeholder numbers while it is minified, then go back in.
 */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(b) {
    b.onLoad({ filter: /src[\\/]styles[\\/][^\\/]+\.ts$/ }, async ({ path }) => {
      let source = await readFile(path, 'utf8');
      for (const [, cssText] of source.matchAll(/css`([\s\S]*?)`/g)) {
        const parts = [];
        const marked = cssText.replace(/\$\{[^}]*\}/g, (part) => `${9e8 + parts.push(part)}`);
        const { code } = await transform(marked, { loader: 'css', minify: true });
        const restored = code.trim().replace(/9000000(\d\d)/g, (_, i) => parts[Number(i) - 1]);
        source = source.replace(cssText, restored.replaceAll('`', '\\`'));
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

/**
 * Collapses each line break and the indentation after it to one space in the static parts of Lit's
 * html`` and svg`` templates in src/ (outside src/styles/, which `minifyLitCss` reads). A run of
 * white space renders as one space wherever these templates put it: none of them writes white
 * space into an element styled `white-space: pre…` (the details' description is the user's text).
 * The TypeScript parser finds the templates, so strings and other template literals are untouched.
 */
const minifyLitHtml = {
  name: 'minify-lit-html',
  setup(b) {
    b.onLoad({ filter: /src[\\/].*\.ts$/ }, async ({ path }) => {
      if (path.includes('node_modules')) return undefined;
      const source = await readFile(path, 'utf8');
      const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(file))) {
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
          for (const part of parts) edits.push([part.getStart(file), part.getEnd()]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = source;
      for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) contents = contents.slice(0, start) + contents.slice(start, end).replace(/\n\s*/g, ' ') + contents.slice(end);
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * The entry is the element without the file converters (src/element.ts); the readers of `src` and
 * inline data are a chunk of their own beside the bundle, which it imports on first use.
 */
const result = await build({
  plugins: [edtfParserOnly, minifyLitCss, minifyLitHtml],
  entryPoints: { 'dateline.bundle': 'src/element.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  write: false,
  outdir: 'dist',
  chunkNames: 'dateline-[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});
/**
 * esbuild bundles and minifies in one pass; terser then compresses what esbuild leaves (it inlines
 * and folds across the bundle's modules), about 3% less gzipped. Both are safe defaults: no
 * unsafe transforms, no property mangling.
 */
await mkdir('dist', { recursive: true });
// Chunks of earlier builds (their names hold a hash) would pile up beside the new ones.
for (const name of await readdir('dist')) if (/^dateline-.*\.js$/.test(name)) await rm(`dist/${name}`);
const sizes = [];
for (const file of result.outputFiles) {
  const { code } = await minify(file.text, { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });
  await writeFile(file.path, code);
  sizes.push({ name: `dist/${basename(file.path)}`, bytes: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length / 1024 });
}
// What a page loads with the bundle: it and the chunks it imports statically (not those it imports on first use).
const upfront = new Set([outfile]);
for (const name of upfront) for (const i of result.metafile.outputs[name]?.imports ?? []) if (i.kind === 'import-statement') upfront.add(i.path);
for (const { name, bytes, gz } of sizes) console.log(`${name}: ${(bytes / 1024).toFixed(1)} KiB, ${gz.toFixed(1)} KiB gzipped (${upfront.has(name) ? 'loaded with the bundle' : 'loaded on first use'})`);
// BUNDLE_REPORT=1: what each module adds to the bundle (minified by esbuild, before terser and gzip).
if (process.env.BUNDLE_REPORT) {
  const inputs = Object.entries(result.metafile.outputs[outfile].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [name, { bytesInOutput }] of inputs.slice(0, 40)) console.log(`  ${(bytesInOutput / 1024).toFixed(1).padStart(5)} KiB  ${name}`);
}
const gz = sizes.filter((s) => upfront.has(s.name)).reduce((sum, s) => sum + s.gz, 0);
console.log(`loaded with the bundle: ${gz.toFixed(2)} KiB gzipped (budget ${BUDGET_KIB} KiB)`);
if (gz > BUDGET_KIB) {
  console.error(`Size budget exceeded: ${gz.toFixed(1)} KiB gzipped > ${BUDGET_KIB} KiB`);
  process.exit(1);
}
