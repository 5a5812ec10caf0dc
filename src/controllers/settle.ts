/**
 * Lanes turn from clusters into rows of labels a few per frame. Whatever changed (the data, the
 * filter, the view, the width, or a zoom or pan gesture that ended), the lanes binned in the frame
 * before stay binned in the next (their clusters show the new counts at once), and each following
 * frame releases lanes whose events in view add up to about `BUDGET` marks (at least one lane),
 * until none waits. During a gesture they stay binned until it ends. So no change builds hundreds
 * of labels in one frame, where each new element costs a slow machine about 0.2 ms.
 * `updateComplete` waits for the last of them.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Lane } from '../data/lanes.js';
import { releaseLanes } from '../layout/frame.js';
import type { Frame } from '../layout/types.js';
import { nextFrame } from '../core/next-frame.js';

/** Events drawn as marks of their own per frame while lanes are released (each with a label: about three elements). */
export const BUDGET = 40;

export class SettleController {
  /** Resolves once the next frame that releases lanes has been asked for; null when no lane waits. */
  next: Promise<void> | null = null;
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The lanes the frame after `previous` holds binned (`FrameInput.hold`), on `lanes`. */
  hold(previous: Frame, moving: boolean, lanes: readonly Lane[]): readonly boolean[] | null {
    const binned = previous.binned;
    // Lanes are held by number: only while they are the same lanes.
    if (!binned || binned.length !== lanes.length || previous.lanes.some((l, i) => l.key !== lanes[i].key)) return null;
    return moving ? binned : releaseLanes(previous, BUDGET);
  }

  /** After a frame was computed: while lanes wait and no gesture holds them, the next frame is asked for. */
  computed(frame: Frame, moving: boolean): void {
    if (moving || !frame.waiting?.some(Boolean)) {
      this.next = null;
      return;
    }
    this.next = nextFrame().then(() => this.host.requestUpdate());
  }
}
