/**
 * What the data controller loads on first use, apart from the bundle: the readers of files and
 * the reading of a response's body with its progress.
 */
export { readBody, readJSON } from '../import/read.js';

/**
 * The body of `response` as text, telling `progress` the bytes received (and the total, when the
 * server says it) as they arrive; it stops reading when `progress` answers false (the answer is not
 * wanted any more).
 */
export async function readText(response: Response, progress: (p: { received: number; total?: number }) => boolean): Promise<string> {
  const total = Number(response.headers.get('content-length')) || undefined;
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (!progress({ received, total })) {
      await reader.cancel();
      break;
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}
