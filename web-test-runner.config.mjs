import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChromium, findFirefox, findWebKit, installChromiumIfNone, installHint, startWebKitDriver } from './test/browsers.mjs';
import { defaultReporter } from '@web/test-runner';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { testServer } from './test/server.mjs';
import { touchCommands } from './test/touch.mjs';
import { printCommands } from './test/print.mjs';
import { packageCommands } from './test/package.mjs';

/**
 * Packages that a browser cannot import as they are, bundled by esbuild into one ES module on first
 * request: edtf ships its parser runtime (nearley) as CommonJS and its locale data as JSON;
 * storybook/test (the stories' play functions) imports aria-query, which is CommonJS.
 */
function bundleForBrowser() {
  const entries = { '/node_modules/edtf/index.js': 'edtf', '/node_modules/storybook/dist/test/index.js': 'storybook/test' };
  const code = new Map();
  return {
    name: 'bundle-for-browser',
    async serve(context) {
      const entry = Object.entries(entries).find(([end]) => context.path.endsWith(end))?.[1];
      if (!entry) return undefined;
      if (!code.has(entry)) {
        const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error', define: { 'process.env.NODE_ENV': '"development"' } });
        code.set(entry, out.outputFiles[0].text);
      }
      return { body: code.get(entry), type: 'js' };
    },
  };
}

/**
 * React and react-dom ship as CommonJS. For the React wrapper's test, esbuild bundles both into one
 * ES module on first request (so they share one React), and `react` and `react-dom/client` are
 * served as modules that re-export its parts by name.
 */
function bundleReact() {
  // Each part's export names, read from its production build's `exports.name =` lines (requiring the
  // development build here would run it in the test runner's console).
  const parts = {
    '/node_modules/react/index.js': ['React', 'node_modules/react/cjs/react.production.js'],
    '/node_modules/react-dom/client.js': ['Client', 'node_modules/react-dom/cjs/react-dom-client.production.js'],
  };
  let code;
  return {
    name: 'bundle-react',
    async serve(context) {
      if (context.path === '/__react-bundle.js') {
        code ??= (
          await build({
            stdin: { contents: `export * as React from 'react'; export * as Client from 'react-dom/client';`, resolveDir: process.cwd() },
            bundle: true,
            format: 'esm',
            write: false,
            define: { 'process.env.NODE_ENV': '"development"' },
            logLevel: 'error',
          })
        ).outputFiles[0].text;
        return { body: code, type: 'js' };
      }
      const part = Object.entries(parts).find(([end]) => context.path.endsWith(end))?.[1];
      if (!part) return undefined;
      const [name, file] = part;
      const names = [...new Set([...readFileSync(file, 'utf8').matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1]))];
      return { body: `import { ${name} } from '/__react-bundle.js';\nconst m = ${name}.default ?? ${name};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`, type: 'js' };
    },
  };
}

/**
 * The engines: Chromium, Firefox and WebKit, each where this machine has it (test/browsers.mjs
 * finds them; DATELINE_ENGINES=chromium,firefox narrows the run). Firefox is driven by the same
 * puppeteer launcher over WebDriver BiDi.
 */
installChromiumIfNone();
const wanted = new Set((process.env.DATELINE_ENGINES ?? 'chromium,firefox,webkit').split(','));
const found = {
  Chromium: wanted.has('chromium') ? findChromium() : undefined,
  Firefox: wanted.has('firefox') ? findFirefox() : undefined,
  WebKit: wanted.has('webkit') ? findWebKit() : undefined,
};
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const withZone = (tz) => ({ ...process.env, ...(tz ? { TZ: tz } : {}) });

/** A Chromium launcher whose time zone is `tz` (the browser reads TZ from its environment). */
const chromium = (tz) => chromeLauncher({ launchOptions: { executablePath: found.Chromium, headless: true, args, env: withZone(tz) } });
const firefox = (tz) => chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: found.Firefox, headless: true, env: withZone(tz) } });
const WEBKIT_PORT = 4444 + (process.pid % 500);
const webkit = () =>
  webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: WEBKIT_PORT,
    logLevel: 'error',
    capabilities: { 'webkitgtk:browserOptions': { binary: found.WebKit.binary, args: ['--automation'] } },
  });
if (found.WebKit) await startWebKitDriver(found.WebKit, WEBKIT_PORT);

const engines = [found.Chromium && chromium(), found.Firefox && firefox(), found.WebKit && webkit()].filter(Boolean);
const missing = Object.entries(found).filter(([name, at]) => !at && wanted.has(name.toLowerCase())).map(([name]) => name);
console.log(
  `Engines: ${Object.entries(found).filter(([, at]) => at).map(([name]) => name).join(', ') || 'none'}` +
    (missing.length ? `; not found: ${missing.join(', ')} (to add: ${installHint(missing)})` : ''),
);
if (!engines.length) throw new Error(`No browser to test in. Install one: ${installHint(['Chromium'])}, or set CHROME_PATH.`);

/**
 * Test files that need a facility only Chromium's tooling (its DevTools protocol, through
 * puppeteer) gives, and why. They run in Chromium; every other file runs in every engine.
 */
const CHROMIUM_ONLY = {
  'test/dateline-timeline/touch.test.ts': 'touch input is sent through the DevTools protocol',
  'test/dateline-timeline/print.test.ts': 'prints to PDF with page.pdf() and emulates print media',
  'test/dateline-timeline/export-outside.test.ts': 'opens a file in a second page through puppeteer and emulates the dark scheme',
  'test/dateline-timeline/axe-dark.test.ts': 'emulates the dark colour scheme',
  'test/package.test.ts': 'packs the package in Node, once: no engine plays a part',
};
/** Test files that need what WebKit's WebDriver launcher cannot do, and why: they run in the other engines. */
const NOT_WEBKIT = {
  'test/dateline-timeline/phone.test.ts': 'sets the viewport to a phone’s size, which the WebDriver launcher cannot',
};
const zoneEngines = (tz) => [found.Chromium && chromium(tz), found.Firefox && firefox(tz)].filter(Boolean);

/** Prints the totals as one line, `N passed, N failed`, for CI. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load or threw outside a test counts as a failure of its own.
        if (s.errors?.length || !s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length) failed++;
      }
      console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/time-zone/**', ...[...Object.keys(CHROMIUM_ONLY), ...Object.keys(NOT_WEBKIT)].map((f) => `!${f}`)],
  nodeResolve: true,
  concurrency: 1,
  // Answers for the loading tests: statuses, slow and chunked bodies (test/server.mjs).
  middleware: [testServer()],
  testsFinishTimeout: 600000,
  // Three engines share two cores: a test may wait longer than mocha's 2 s default for its frame.
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    bundleForBrowser(),
    bundleReact(),
    touchCommands(),
    printCommands(),
    packageCommands(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: engines,
  groups: [
    ...(found.Chromium ? [{ name: 'Chromium only', files: Object.keys(CHROMIUM_ONLY), browsers: [chromium()] }] : []),
    { name: 'not WebKit', files: Object.keys(NOT_WEBKIT), browsers: [found.Chromium && chromium(), found.Firefox && firefox()].filter(Boolean) },
    // The time zones in two engines: each reads TZ from its environment.
    ...['Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Seoul'].map((tz) => ({ name: tz, files: 'test/time-zone/*.test.ts', browsers: zoneEngines(tz) })),
  ],
  reporters: [defaultReporter(), totalsReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // FUZZ_RUNS and FUZZ_SEED (from `npm run fuzz`) reach the fuzz test as globals.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en-GB"><body><script>globalThis.FUZZ_RUNS = ${Number(process.env.FUZZ_RUNS) || 0}; globalThis.FUZZ_SEED = ${Number(process.env.FUZZ_SEED) || 0};</script><script type="module" src="${testFramework}"></script></body></html>`,
};
