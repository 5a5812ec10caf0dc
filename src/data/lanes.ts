/**
 * Lanes: one per group that has events, in the order `groups` gives, then the others in order of
 * first appearance in the input, then the events without a group. Each lane has its label and its
 * colour (the group's, when it is a CSS colour, else the palette's in turn).
 */
import { DARK_PALETTE, PALETTE } from '../core/palette.js';
import type { Spans } from '../core/spans.js';
import type { TimelineGroup } from '../types.js';

export interface Lane {
  /** The group's id; '' for events without one. */
  key: string;
  label: string;
  color: string;
}

export interface LaneOptions {
  /** Draw with the dark palette. */
  dark: boolean;
  /** The label of the lane of events without a group. */
  ungrouped: string;
  /** Whether a string is a CSS colour (the browser's `CSS.supports`); every string, if left out. */
  isColor?: (value: string) => boolean;
}

/** The lanes that `spans` fill, in order, with labels and colours. */
export function computeLanes(spans: Spans, groups: readonly TimelineGroup[] | unknown, options: LaneOptions): Lane[] {
  const known = new Map<string, TimelineGroup>();
  for (const g of Array.isArray(groups) ? (groups as unknown[]) : []) {
    if (g && typeof (g as TimelineGroup).id === 'string' && !known.has((g as TimelineGroup).id)) known.set((g as TimelineGroup).id, g as TimelineGroup);
  }
  const used = new Set(spans.groups);
  const keys = [...new Set([...known.keys(), ...spans.groups.filter(Boolean), ''])].filter((k) => used.has(k));
  const palette = options.dark ? DARK_PALETTE : PALETTE;
  const isColor = options.isColor ?? (() => true);
  return keys.map((key, i) => {
    const g = known.get(key);
    const color = typeof g?.color === 'string' && isColor(g.color) ? g.color : palette[i % palette.length];
    return { key, label: key ? (typeof g?.label === 'string' ? g.label : key) : options.ungrouped, color };
  });
}
