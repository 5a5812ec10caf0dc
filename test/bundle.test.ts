import { expect } from '@open-wc/testing';

/** Loads dist/dateline.bundle.js alone in a blank iframe, as an embedding page would. */
describe('dist/dateline.bundle.js', () => {
  it('defines the element and renders a timeline with nothing else on the page', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
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
        window.parent.postMessage({ marks: [...el.shadowRoot.querySelectorAll('[part~=event]')].map((m) => m.getAttribute('aria-label')) }, '*');
      </script></body></html>`;
    const message = new Promise<{ marks: string[] }>((resolve) => {
      window.addEventListener('message', (e) => resolve(e.data), { once: true });
    });
    document.body.append(frame);
    const { marks } = await message;
    expect(marks).to.deep.equal(['Treaty, June 2024', 'Strike, 3 October 2024']);
    frame.remove();
  });
});
