/**
 * Touch for the tests, through Chromium's DevTools protocol: `executeServerCommand('touch', …)`
 * turns touch emulation on for the test's page and sends real touch input (the page sees touch
 * events, then the mouse events and click a tap makes). Other engines' tooling cannot send touch
 * input; there the command says so and the tests that need it are skipped with that reason.
 *
 * Payloads: `{ action: 'enable' }` (touch emulation alone, before a page that asks whether touch
 * exists is drawn), `{ action: 'tap', x, y }`, `{ action: 'pinch', x, y, from, to, steps }` (two fingers
 * centred on x, y moving from `from` to `to` px apart).
 */
export function touchCommands() {
  // One DevTools session per page, kept open: emulation set through a session ends with it.
  const sessions = new WeakMap();
  return {
    name: 'dateline-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`touch needs Chromium's DevTools protocol; ${session.browser.name} has none`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        sessions.set(page, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      }
      const touch = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
      if (payload.action === 'enable') {
        // Nothing more: emulation is on.
      } else if (payload.action === 'tap') {
        await touch('touchStart', [{ x: payload.x, y: payload.y, id: 1 }]);
        await touch('touchEnd', []);
      } else if (payload.action === 'pinch') {
        const { x, y, from, to, steps = 8 } = payload;
        const points = (d) => [
          { x: x - d / 2, y, id: 1 },
          { x: x + d / 2, y, id: 2 },
        ];
        await touch('touchStart', points(from));
        for (let i = 1; i <= steps; i++) await touch('touchMove', points(from + ((to - from) * i) / steps));
        await touch('touchEnd', []);
      }
      return true;
    },
  };
}
