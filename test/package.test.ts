// The package as users receive it: npm pack, its files, its types for both entries, its exports
// map in Node's resolver (test/package.mjs does the work outside the browser).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Packed {
  files: string[];
  typecheck: string;
  resolved: Record<string, string>;
}

describe('the packed package', function () {
  this.timeout(120_000);
  let packed: Packed;
  before(async () => {
    // The packing runs on the server; each call waits up to 15 s for it.
    for (let i = 0; i < 8 && !packed; i++) {
      const answer = (await executeServerCommand('package')) as Packed | { pending: true };
      if (!('pending' in answer)) packed = answer;
    }
  });

  it('holds dist, its types, the manifest and the React entry, and no tests, stories or bench', () => {
    for (const file of ['package.json', 'README.md', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/react.js', 'dist/react.d.ts', 'dist/dateline.bundle.js', 'dist/element.js']) {
      expect(packed.files, file).to.include(file);
    }
    expect(packed.files.filter((f) => /^(test|stories|bench|src|scripts|examples|\.storybook)\//.test(f) || /\.test\.|\.stories\./.test(f))).to.deep.equal([]);
    expect(packed.files.some((f) => /^dist\/dateline-.*\.js$/.test(f)), 'the bundle’s chunks').to.equal(true);
  });

  it('typechecks a consumer’s TypeScript against the packed types of dateline and dateline/react', () => {
    expect(packed.typecheck).to.equal('');
  });

  it('resolves its exports in Node’s ESM resolver, and nothing outside them', () => {
    expect(packed.resolved).to.deep.equal({
      dateline: 'node_modules/dateline/dist/index.js',
      'dateline/react': 'node_modules/dateline/dist/react.js',
      'dateline/bundle': 'node_modules/dateline/dist/dateline.bundle.js',
      'dateline/custom-elements.json': 'node_modules/dateline/custom-elements.json',
      'dateline/src/index.ts': 'error: ERR_PACKAGE_PATH_NOT_EXPORTED',
    });
  });
});
