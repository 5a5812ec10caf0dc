/**
 * The package as users receive it, for `executeServerCommand('package')`: `npm pack` of the built
 * repository, unpacked into tmp/consumer/node_modules/dateline (its dependencies resolve from the
 * repository's node_modules above it). Returns the packed file list, whether a consumer's
 * TypeScript file typechecks against the packed types of both entries (and tsc's output when not),
 * and what Node's ESM resolver makes of each export.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const CONSUMER = `import { DatelineTimeline, type TimelineEvent, type DatelineSelectDetail, fromTimelineJS } from 'dateline';
import { DatelineTimeline as Timeline, type DatelineTimelineProps } from 'dateline/react';
import * as React from 'react';

const events: TimelineEvent[] = [{ id: 'a', start: '2024-06', title: 'Treaty', certainty: 'reported' }];
const el: DatelineTimeline = document.createElement('dateline-timeline');
el.events = events;
el.exportable = true;
el.addEventListener('dateline-select', (e) => {
  const detail: DatelineSelectDetail = e.detail;
  console.log(detail.id, el.toSVG({ range: 'view', width: 800 }));
});
void el.toPNG({ scale: 2 }).then((blob: Blob) => blob.size);
console.log(fromTimelineJS({ events: [] }).problems.length);
const props: DatelineTimelineProps = { events, label: 'Troops', onSelect: (e) => console.log(e.detail.event.title), onRangeChange: (e) => e.detail.start.getTime() };
export const node = React.createElement(Timeline, props);
// @ts-expect-error: an event prop gets the typed event, not a string
export const wrong: DatelineTimelineProps = { onSelect: (e: string) => e };
`;

/**
 * The work takes 10–30 s; a server command must answer within 20 s. So the command starts it once
 * and answers `{ pending: true }` after 15 s; the test asks again until the result is there.
 */
export function packageCommands() {
  let work;
  return {
    name: 'dateline-package',
    async executeCommand({ command }) {
      if (command !== 'package') return undefined;
      work ??= pack();
      return Promise.race([work, new Promise((resolve) => setTimeout(() => resolve({ pending: true }), 15_000))]);
    },
  };
}

async function pack() {
      const root = process.cwd();
      const dir = resolve(root, 'tmp/consumer');
      await rm(dir, { recursive: true, force: true });
      await mkdir(join(dir, 'node_modules/dateline'), { recursive: true });
      const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, maxBuffer: 1 << 24 });
      const [{ filename, files }] = JSON.parse(stdout);
      await run('tar', ['-xzf', join(dir, filename), '-C', join(dir, 'node_modules/dateline'), '--strip-components=1']);
      await writeFile(join(dir, 'consumer.ts'), CONSUMER);
      const tsconfig = { compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, lib: ['es2022', 'dom', 'dom.iterable'], types: [] }, files: ['consumer.ts'] };
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      let typecheck = '';
      try {
        await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
      } catch (e) {
        typecheck = `${e.stdout}${e.stderr}`;
      }
      const script = `for (const s of ['dateline', 'dateline/react', 'dateline/bundle', 'dateline/custom-elements.json', 'dateline/src/index.ts']) { try { console.log(JSON.stringify([s, import.meta.resolve(s)])); } catch (e) { console.log(JSON.stringify([s, 'error: ' + e.code])); } }`;
      const resolved = (await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir })).stdout.trim().split('\n').map((l) => JSON.parse(l));
      return { files: files.map((f) => f.path), typecheck, resolved: Object.fromEntries(resolved.map(([s, to]) => [s, to.startsWith('file:') ? to.slice(to.indexOf('/node_modules/') + 1) : to])) };
}
