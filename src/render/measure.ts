/** Label widths, measured with a canvas in the host's font and cached per text. */

/** Longest text measured for a label; longer titles are cut with an ellipsis anyway. */
const MAX_MEASURED = 300;

/** A function giving the px width a label needs for a text, in `host`'s font (read once). */
export function createMeasure(host: Element): (text: string) => number {
  const widths = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (text) => {
    text = text.length > MAX_MEASURED ? text.slice(0, MAX_MEASURED) : text;
    let w = widths.get(text);
    if (w === undefined) {
      if (context === undefined) {
        context = document.createElement('canvas').getContext('2d');
        const cs = getComputedStyle(host);
        if (context) context.font = `${cs.fontSize} ${cs.fontFamily}`;
      }
      w = Math.ceil((context?.measureText(text).width ?? text.length * 7) + 4);
      widths.set(text, w);
    }
    return w;
  };
}
