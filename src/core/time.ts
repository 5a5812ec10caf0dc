/** Units of floating time (ms) and the one rule for where an event stands in time. */

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/**
 * The time an event is placed at when it is one point: its earliest start, or for an open start
 * (`../2024`) its earliest end.
 */
export function anchorTime(item: { min: number; max: number }): number {
  return Number.isFinite(item.min) ? item.min : item.max;
}
