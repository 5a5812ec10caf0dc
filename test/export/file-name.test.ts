import { expect } from '@open-wc/testing';
import { fileName } from '../../src/export/file-name.js';

const t = (iso: string) => Date.parse(iso);

describe('fileName', () => {
  it('is the title’s letters and digits in any script, then the first and last day', () => {
    expect(fileName('North Korean troops sent to Russia: a timeline', [t('2023-09-13'), t('2024-11-04')], 'svg')).to.equal(
      'north-korean-troops-sent-to-russia-a-timeline_2023-09-13_2024-11-04.svg',
    );
    expect(fileName('북한군 러시아 파병', [t('2024-10-18'), t('2024-10-18')], 'png')).to.equal('북한군-러시아-파병_2024-10-18.png');
  });

  it('is safe on every file system whatever the title, and names an untitled timeline', () => {
    const name = fileName('../../etc/passwd <>:"|?* \u0000', undefined, 'svg');
    expect(name).to.equal('etc-passwd.svg');
    expect(fileName('', undefined, 'png')).to.equal('timeline.png');
    expect(fileName('x'.repeat(200), undefined, 'svg')).to.have.length(64);
  });

  it('names years before the common era', () => {
    const start = Date.UTC(-490, 0, 1);
    expect(fileName('Marathon', [start, start], 'svg')).to.equal('marathon_491bce-01-01.svg');
  });
});
