import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { isImageUrl, renderDetails } from '../../src/render/details.js';
import { mount, texts } from './helpers.js';

const { spans } = computeDataset([
  { id: 'a', start: '2024-10-03', title: '<img src=x onerror=window.__pwned=1>', description: 'What happened.', displayDate: 'on Thursday', certainty: 'reported', source: { name: 'Reuters', url: 'https://example.org/report' } },
  { id: 'b', start: '2024', title: 'Plain', source: { name: 'Someone', url: 'javascript:void 0' } },
]);
const [a, b] = ['a', 'b'].map((id) => spans.items.find((it) => it.id === id)!);
const lane = { key: 'UA', label: 'Ukraine', color: 'rgb(1, 2, 3)' };

describe('renderDetails', () => {
  it('shows title, date with the original phrase, lane, certainty, description and a linked source', () => {
    let closed = 0;
    const root = mount(renderDetails({ item: a, lane, texts, onClose: () => closed++ }));
    const panel = root.querySelector<HTMLElement>('[part~=details]')!;
    expect(panel.querySelector('h2')!.textContent).to.equal('<img src=x onerror=window.__pwned=1>');
    expect(panel.querySelectorAll('img')).to.have.length(0);
    expect(panel.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('3 October 2024 (“on Thursday”) · Ukraine · reported');
    expect(panel.textContent).to.contain('What happened.');
    const link = panel.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/report');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(panel.style.getPropertyValue('--_lane-color')).to.equal('rgb(1, 2, 3)');
    panel.querySelector<HTMLButtonElement>('.close')!.click();
    expect(closed).to.equal(1);
  });

  it('names a source with an unsafe URL without linking it', () => {
    const panel = mount(renderDetails({ item: b, texts, onClose: () => {} })).querySelector('[part~=details]')!;
    expect(panel.querySelectorAll('a')).to.have.length(0);
    expect(panel.textContent).to.contain('according to Someone');
  });

  it('tells images from other links by the path’s extension or a known image host', () => {
    expect(isImageUrl('https://upload.wikimedia.org/a/b/Ada.JPG?width=300')).to.equal(true);
    expect(isImageUrl('https://i.imgur.com/abc')).to.equal(true);
    expect(isImageUrl('https://en.wikipedia.org/wiki/File.png/history')).to.equal(false);
    expect(isImageUrl('https://www.youtube.com/watch?v=x')).to.equal(false);
  });

  it('shows plain-text captions and credits, never as markup', () => {
    const [item] = computeDataset([{ id: 'm', start: '2024', title: 'T', media: { url: 'https://e.org/p.png', caption: '<b>bold</b>', credit: '<script>x</script>' } }]).spans.items;
    const root = mount(renderDetails({ item, texts, onClose: () => {} }));
    expect(root.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('<b>bold</b> <script>x</script>');
    expect(root.querySelectorAll('figcaption b, figcaption script')).to.have.length(0);
    expect(root.querySelector('img')!.getAttribute('alt')).to.equal('T');
  });
});
