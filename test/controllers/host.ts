/** A bare Lit element to host a controller under test, with the updates it was asked for counted. */
import { LitElement, html } from 'lit';

export class TestHost extends LitElement {
  updates = 0;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates++;
    super.requestUpdate(...args);
  }
  override render() {
    return html`<div class="live" aria-live="polite"></div><div data-key="a" tabindex="0">a</div><div data-key="b" tabindex="-1">b</div><button>other</button>`;
  }
}
customElements.define('test-host', TestHost);

/** A connected host, rendered, with `setup` run on it before it connects (in the body, unless `setup` put it elsewhere). */
export async function host<T>(setup: (h: TestHost) => T, style = ''): Promise<[TestHost, T]> {
  const h = document.createElement('test-host') as TestHost;
  h.setAttribute('style', style);
  const made = setup(h);
  if (!h.parentNode) document.body.append(h);
  await h.updateComplete;
  h.updates = 0;
  return [h, made];
}
