/**
 * Sizes the layout computes with, in px. The style sheets read the ones they share from here
 * (`--_row`, the mark and the overview's height), so each has one source.
 */

/** Height of a row of marks in a lane. */
export const ROW = 30;
/** Diameter of a point mark; narrower extents are drawn as a point. */
export const MARK = 14;
/** Room above a lane's first row for its label. */
export const LANE_HEADER = 22;
/** Height of a row of era labels above the lanes (and of an era heading in the vertical column). */
export const ERA_ROW = 22;
/** Room kept for a binned cluster's pill: a count of up to four digits. */
export const CLUSTER = 36;
/**
 * Narrowest bin of a lane too dense to pack; bins are 1–2 times this wide, so pills (up to
 * `CLUSTER` wide) keep some air between them.
 */
export const BIN = 64;
/** Marks are laid out this far past either edge of the view, so a short pan has them ready. */
export const CULL = 400;
/** An unknown end fades out over at least this much after its start. */
export const UNKNOWN_END = 64;
/** Height of the overview strip. */
export const OVERVIEW_HEIGHT = 28;
/** Longest empty stretch the vertical layout draws before it compresses time. */
export const VERTICAL_MAX_GAP = 96;
/** Above this many events the vertical column draws only the entries near the screen. */
export const VERTICAL_WINDOW = 500;
