/**
 * The browsers the tests run in, found on this machine: Chromium (or Chrome, or Edge), Firefox, and
 * WebKit (WebKitGTK's WebKitWebDriver with its MiniBrowser, under an X display). `CHROME_PATH` and
 * `FIREFOX_PATH` choose a binary; otherwise the usual install paths of Linux, macOS and Windows are
 * tried. Where none is found at all and this runs as root on Debian or Ubuntu, Chromium is installed
 * with apt, as `.ci/run` does.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const env = process.env;
const win = (dir, ...rest) => (dir ? join(dir, ...rest) : '');
const onPath = (name) => (env.PATH ?? '').split(delimiter).map((d) => join(d, name)).find((p) => existsSync(p));
const first = (...paths) => paths.find((p) => p && existsSync(p));

export function findChromium() {
  return first(
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    win(env.PROGRAMFILES, 'Google/Chrome/Application/chrome.exe'),
    win(env['PROGRAMFILES(X86)'], 'Google/Chrome/Application/chrome.exe'),
    win(env.LOCALAPPDATA, 'Google/Chrome/Application/chrome.exe'),
    win(env['PROGRAMFILES(X86)'], 'Microsoft/Edge/Application/msedge.exe'),
    win(env.PROGRAMFILES, 'Microsoft/Edge/Application/msedge.exe'),
  );
}

export function findFirefox() {
  return first(
    env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    win(env.PROGRAMFILES, 'Mozilla Firefox/firefox.exe'),
    win(env['PROGRAMFILES(X86)'], 'Mozilla Firefox/firefox.exe'),
  );
}

/** WebKitGTK's driver and browser, and an X server to show it on (or a display there is). */
export function findWebKit() {
  const driver = env.WEBKIT_DRIVER_PATH || onPath('WebKitWebDriver');
  const binary = first(
    env.WEBKIT_BROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  );
  const xvfb = onPath('Xvfb');
  return driver && binary && (env.DISPLAY || xvfb) ? { driver, binary, xvfb } : undefined;
}

/** Installs Chromium with apt when no browser exists and this is root on Debian or Ubuntu; says what it does. */
export function installChromiumIfNone() {
  if (findChromium() || findFirefox() || findWebKit()) return;
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) return;
  console.log('No browser found: installing Chromium with apt-get (as .ci/run does).');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** What to run to install the engines that are missing, on this kind of system. */
export function installHint(missing) {
  const apt = { Chromium: 'chromium', Firefox: 'firefox-esr', WebKit: 'webkit2gtk-driver xvfb' };
  if (existsSync('/etc/debian_version')) return `apt-get install ${missing.map((m) => apt[m]).join(' ')}`;
  if (process.platform === 'darwin') return 'install Chrome or Firefox; Safari itself is not driven here (WebKitGTK is Linux only)';
  return 'install Chrome, Edge or Firefox, or set CHROME_PATH / FIREFOX_PATH';
}

/**
 * Starts an X server on a free display for WebKit when there is no display, then WebKitWebDriver on
 * `port`; both end with this process. Resolves when the driver answers.
 */
export async function startWebKitDriver({ driver, xvfb }, port) {
  const children = [];
  const stop = () => children.forEach((c) => c.kill());
  process.on('exit', stop);
  let display = env.DISPLAY;
  if (!display) {
    display = `:${90 + (process.pid % 9)}`;
    children.push(spawn(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  }
  children.push(spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...env, DISPLAY: display } }));
  for (let i = 0; i < 100; i++) {
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) return stop;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}
