/** Shared inputs for layout tests: a data set, lanes and a frame input without a DOM. */
import { en } from '../../src/core/messages.js';
import { computeDataset, type Dataset } from '../../src/data/dataset.js';
import { computeLanes } from '../../src/data/lanes.js';
import type { FrameInput, TextMeasure } from '../../src/layout/types.js';
import type { TimelineEvent } from '../../src/types.js';

/** Seven pixels a character, 13px text: close enough to the browser's for layout rules. */
export const measure: TextMeasure = { width: (text) => text.length * 7 + 4, em: () => 13 };

export const format = { locale: 'en-GB', messages: en };

export function inputFor(data: Dataset, extra: Partial<FrameInput> = {}): FrameInput {
  return {
    width: 1000,
    vertical: false,
    lanes: computeLanes(data.spans, [], { dark: false, ungrouped: 'Other' }),
    format,
    view: null,
    rtl: false,
    gaps: 'auto',
    measure,
    near: null,
    focused: null,
    selected: null,
    ...extra,
  };
}

/** `n` events `days` apart from 1 January 2000, in `lanes` lanes taken in turn. */
export function daily(n: number, days = 1, lanes = 1): Dataset {
  const events: TimelineEvent[] = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start: new Date(Date.UTC(2000, 0, 1) + i * days * 86_400_000).toISOString().slice(0, 10),
    group: lanes > 1 ? `L${i % lanes}` : undefined,
  }));
  return computeDataset(events);
}
