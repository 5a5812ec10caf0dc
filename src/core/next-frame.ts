/**
 * Resolves in the next animation frame, or after 100 ms if none comes first: hidden pages (a
 * background tab, a closed `<details>`) have no frames, and work put off to the next frame must
 * still be done there.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const step = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(step);
    const timer = setTimeout(step, 100);
  });
}
