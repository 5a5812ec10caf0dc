import { expect } from '@open-wc/testing';

/** Loads dist/dateline.bundle.js alone in a blank iframe, as an embedding page would. */
describe('dist/dateline.bundle.js', () => {
  it('defines the element and renders a timeline with nothing else on the page', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.border = '0';
    frame.style.height = '400px';
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body>
      <dateline-timeline label="Embed test"></dateline-timeline>
      <script type="module">
        import '/dist/dateline.bundle.js';
        const el = document.querySelector('dateline-timeline');
        el.events = [
          { id: 'a', start: '2024-06', title: 'Treaty' },
          { id: 'b', start: '2024-10-03', title: 'Strike' },
        ];
        await el.updateComplete;
        const marks = [...el.shadowRoot.querySelectorAll('[part~=event]')].map((m) => m.getAttribute('aria-label'));
        // Zoom the bundled element: a button, then a pinch (Ctrl + wheel).
        const ranges = [];
        el.addEventListener('dateline-range-change', (e) => ranges.push(+e.detail.end - +e.detail.start));
        el.shadowRoot.querySelector('.toolbar button').click();
        const viewport = el.shadowRoot.querySelector('.viewport');
        const r = viewport.getBoundingClientRect();
        viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, bubbles: true, cancelable: true, clientX: r.left + 300, clientY: r.top + 20 }));
        // The wheel's gesture ends 150 ms after its last turn (later on a busy machine).
        for (let i = 0; i < 100 && ranges.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
        window.parent.postMessage({ marks, ranges }, '*');
      </script></body></html>`;
    const message = new Promise<{ marks: string[]; ranges: number[] }>((resolve) => {
      window.addEventListener('message', (e) => resolve(e.data), { once: true });
    });
    document.body.append(frame);
    const { marks, ranges } = await message;
    expect(marks).to.deep.equal(['Treaty, June 2024', 'Strike, 3 October 2024']);
    expect(ranges).to.have.length(2);
    expect(ranges[1]).to.be.below(ranges[0]);
    frame.remove();
  });

  it('loads a CSV by src, fetching its readers on first use', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body>
      <dateline-timeline src="/examples/data/timelinejs/my-own-timeline.csv"></dateline-timeline>
      <script type="module">
        import '/dist/dateline.bundle.js';
        const el = document.querySelector('dateline-timeline');
        el.addEventListener('dateline-load', async (e) => {
          await el.updateComplete;
          const chunks = performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /dateline-loading-/.test(n));
          window.parent.postMessage({ detail: { format: e.detail.format, count: e.detail.count }, marks: el.shadowRoot.querySelectorAll('[part~=event]').length, chunks: chunks.length }, '*');
        });
      </script></body></html>`;
    const message = new Promise<{ detail: { format: string; count: number }; marks: number; chunks: number }>((resolve) => {
      window.addEventListener('message', (e) => resolve(e.data), { once: true });
    });
    document.body.append(frame);
    const { detail, marks, chunks } = await message;
    expect(detail).to.deep.equal({ format: 'csv', count: 10 });
    expect(marks).to.be.greaterThan(0);
    expect(chunks).to.equal(1);
    frame.remove();
  });
});
