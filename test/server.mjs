/**
 * Answers the test server gives besides files, for loading tests (`src`): error statuses, slow
 * answers, bodies in no known format, and a CSV sent in chunks with its length, for progress.
 * Used as web-test-runner middleware; paths start with /__dateline/, and /data/ is examples/data/
 * as in Storybook.
 */
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { datelineCsv } from '../scripts/csv-data.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function testServer() {
  return async (ctx, next) => {
    // The data stories load data/… as Storybook serves it (staticDirs): from examples/data/.
    if (ctx.path.startsWith('/data/')) ctx.path = `/examples${ctx.path}`;
    const m = /^\/__dateline\/([a-z]+)(?:\/(.*))?$/.exec(ctx.path);
    if (!m) return next();
    const [, kind, rest = ''] = m;
    ctx.set('Cache-Control', 'no-store');
    if (kind === 'status') {
      ctx.status = Number(rest);
      ctx.body = `status ${rest}`;
    } else if (kind === 'slow') {
      // /__dateline/slow/<ms>/<file under the repository>
      const [, ms, file] = /^(\d+)\/(.+)$/.exec(rest);
      await sleep(Number(ms));
      ctx.type = file.endsWith('.csv') ? 'text/csv' : 'application/json';
      ctx.body = await readFile(new URL(`../${file}`, import.meta.url));
    } else if (kind === 'garbage') {
      ctx.type = 'application/octet-stream';
      ctx.body = 'PK\u0003\u0004 neither JSON nor CSV \u0000\u0001';
    } else if (kind === 'html') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not here</title><p>This page moved.</p>';
    } else if (kind === 'csv') {
      // /__dateline/csv/<rows>[/<chunks>/<ms between chunks>]: sent in chunks, with its length.
      const [rows, chunks = 1, gap = 0] = rest.split('/').map(Number);
      const body = Buffer.from(datelineCsv(rows));
      ctx.type = 'text/csv';
      ctx.length = body.length;
      const stream = new PassThrough();
      ctx.body = stream;
      (async () => {
        const size = Math.ceil(body.length / chunks);
        for (let i = 0; i < body.length; i += size) {
          stream.write(body.subarray(i, i + size));
          if (gap) await sleep(gap);
        }
        stream.end();
      })();
    } else {
      ctx.status = 404;
    }
  };
}
