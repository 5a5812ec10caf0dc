import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeKeyTarget, KeyboardController, keyItems as keyItemsOf, type KeyboardHost, type KeyItems } from '../../src/controllers/keyboard.js';
import { computeDataset } from '../../src/data/dataset.js';
import { computeLanes } from '../../src/data/lanes.js';
import { host } from './host.js';

const keyItems = (list: { lane: number; time: number }[]): KeyItems => ({ length: list.length, lane: (i) => list[i].lane, time: (i) => list[i].time });

// Two lanes: a0 (lane 0, t=0), b0 (lane 1, t=5), a1 (lane 0, t=10), b1 (lane 1, t=20), a2 (lane 0, t=30)
const items = keyItems([
  { lane: 0, time: 0 },
  { lane: 1, time: 5 },
  { lane: 0, time: 10 },
  { lane: 1, time: 20 },
  { lane: 0, time: 30 },
]);
const horizontal = { vertical: false, rtl: false, page: 2 };
const go = (key: string, at: number, options = horizontal) => computeKeyTarget(key, items, [at, at], options);

describe('computeKeyTarget', () => {
  it('ArrowRight and ArrowLeft move to the next and previous event in time', () => {
    expect(go('ArrowRight', 1)).to.equal(2);
    expect(go('ArrowLeft', 1)).to.equal(0);
    expect(go('ArrowLeft', 0)).to.equal(0);
    expect(go('ArrowRight', 4)).to.equal(4);
  });

  it('swaps ArrowLeft and ArrowRight right to left', () => {
    expect(go('ArrowLeft', 1, { ...horizontal, rtl: true })).to.equal(2);
  });

  it('ArrowDown and ArrowUp move to the nearest event in the next lane (horizontal)', () => {
    expect(go('ArrowDown', 2)).to.equal(1); // a1 (t=10) -> b0 (t=5) is nearer than b1 (t=20)
    expect(go('ArrowUp', 3)).to.equal(2); // b1 (t=20) -> a1 (t=10); a2 (t=30) is as near, first wins
    expect(go('ArrowUp', 0)).to.equal(0); // no lane above
  });

  it('ArrowDown and ArrowUp skip lanes without events', () => {
    const gappy = keyItems([
      { lane: 0, time: 0 },
      { lane: 3, time: 4 },
      { lane: 3, time: 9 },
    ]);
    expect(computeKeyTarget('ArrowDown', gappy, [0, 0], horizontal)).to.equal(1);
    expect(computeKeyTarget('ArrowUp', gappy, [2, 2], horizontal)).to.equal(0);
    expect(computeKeyTarget('ArrowDown', gappy, [2, 2], horizontal)).to.equal(2);
  });

  it('ArrowDown and ArrowUp agree with the nearest event of the next lane found by sorting (property)', () => {
    // The reference: the lanes that hold events, sorted; in the next one, the first event nearest in time.
    const reference = (list: { lane: number; time: number }[], at: number, step: number) => {
      const lanes = [...new Set(list.map((it) => it.lane))].sort((a, b) => a - b);
      const lane = lanes[lanes.indexOf(list[at].lane) + step];
      if (lane === undefined) return at;
      let best = -1;
      list.forEach((it, i) => {
        if (it.lane === lane && (best < 0 || Math.abs(it.time - list[at].time) < Math.abs(list[best].time - list[at].time))) best = i;
      });
      return best;
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ lane: fc.integer({ min: 0, max: 5 }), time: fc.integer({ min: -50, max: 50 }) }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (list, seed) => {
          const at = seed % list.length;
          expect(computeKeyTarget('ArrowDown', keyItems(list), [at, at], horizontal)).to.equal(reference(list, at, 1));
          expect(computeKeyTarget('ArrowUp', keyItems(list), [at, at], horizontal)).to.equal(reference(list, at, -1));
        },
      ),
    );
  });

  it('ArrowDown and ArrowUp move in time in the vertical layout', () => {
    const vertical = { ...horizontal, vertical: true };
    expect(go('ArrowDown', 2, vertical)).to.equal(3);
    expect(go('ArrowUp', 2, vertical)).to.equal(1);
  });

  it('Home and End go to the first and last event', () => {
    expect(go('Home', 3)).to.equal(0);
    expect(go('End', 1)).to.equal(4);
  });

  it('PageDown and PageUp move by a screenful', () => {
    expect(go('PageDown', 0)).to.equal(2);
    expect(go('PageUp', 4)).to.equal(2);
    expect(go('PageDown', 4)).to.equal(4);
  });

  it('steps over a whole cluster', () => {
    expect(computeKeyTarget('ArrowRight', items, [1, 3], horizontal)).to.equal(4);
    expect(computeKeyTarget('ArrowLeft', items, [1, 3], horizontal)).to.equal(0);
  });

  it('ignores other keys', () => {
    expect(go('a', 1)).to.equal(-1);
  });
});

describe('KeyboardController', () => {
  async function setup(logical: string | null = null) {
    const calls: string[] = [];
    const timeline: KeyboardHost = {
      items: () => items,
      current: (focused) => logical ?? focused,
      range: (key) => (key === 'a' ? [0, 0] : key === 'b' ? [2, 2] : undefined),
      idAt: (i) => ['a', 'x', 'b', 'y', 'z'][i],
      vertical: () => false,
      rtl: () => false,
      pageSize: () => 2,
      focus: (id) => calls.push(`focus ${id}`),
      activate: (key) => calls.push(`activate ${key}`),
      adopt: (key) => calls.push(`adopt ${key}`),
      zoomAround: (id, f) => calls.push(`zoom ${id} ${f}`),
      fit: () => calls.push('fit'),
      escape: () => (calls.push('escape'), true),
      toggleHelp: () => calls.push('help'),
    };
    const [h] = await host((h) => new KeyboardController(h, timeline));
    const press = (key: string, on = 'a', init: KeyboardEventInit = {}) => {
      const target = h.renderRoot.querySelector<HTMLElement>(on === 'button' ? 'button' : `[data-key="${on}"]`)!;
      const e = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    return { h, calls, press };
  }

  it('moves, activates and zooms from the mark that has focus when there is no logical focus', async () => {
    const { h, calls, press } = await setup();
    expect(press('ArrowRight')).to.equal(true);
    press('Enter');
    press(' ');
    press('+');
    press('-');
    press('0');
    expect(calls).to.deep.equal(['focus x', 'activate a', 'activate a', 'zoom a 2', 'zoom a 0.5', 'fit']);
    h.remove();
  });

  it('acts from the logical focus, whatever element has DOM focus', async () => {
    const { h, calls, press } = await setup('b');
    press('ArrowRight', 'a');
    press('Enter', 'a');
    expect(calls).to.deep.equal(['focus y', 'activate b']);
    h.remove();
  });

  it('leaves keys alone outside marks and with modifiers, but for Escape and ?', async () => {
    const { h, calls, press } = await setup();
    expect(press('ArrowRight', 'button')).to.equal(false);
    expect(press('ArrowRight', 'a', { ctrlKey: true })).to.equal(false);
    expect(press('Escape', 'button')).to.equal(true);
    expect(press('?', 'button')).to.equal(true);
    expect(calls).to.deep.equal(['escape', 'help']);
    h.remove();
  });

  it('adopts a mark that gets focus as the logical focus', async () => {
    const { h, calls } = await setup();
    h.renderRoot.querySelector<HTMLElement>('[data-key="b"]')!.focus();
    expect(calls).to.deep.equal(['adopt b']);
    h.remove();
  });
});

describe('keyItems', () => {
  const data = computeDataset(
    Array.from({ length: 9 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: new Date(Date.UTC(2000, 0, 1 + 3 * i)).toISOString().slice(0, 10), group: `L${i % 3}` })),
  );
  const lanes = computeLanes(data.spans, [{ id: 'L2' }], { dark: false, ungrouped: 'Other' });
  it('reads each event’s lane and time by position in time order', () => {
    const items = keyItemsOf(data, lanes);
    expect(items.length).to.equal(9);
    expect([0, 1, 2].map((i) => items.lane(i))).to.deep.equal([1, 2, 0]);
    expect(items.time(1)).to.equal(Date.UTC(2000, 0, 4));
  });
});
