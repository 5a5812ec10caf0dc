/** Label widths, measured with a canvas in the host's font and cached per text. */
import type { TextMeasure } from '../layout/types.js';

/** Longest text measured for a label; longer titles are cut with an ellipsis anyway. */
const MAX_MEASURED = 300;

/** Text sizes in the host's font (read once, the first time one is asked for). */
export function createMeasure(host: Element): TextMeasure {
  const widths = new Map<string, number>();
  let font: CSSStyleDeclaration | undefined;
  let context: CanvasRenderingContext2D | null | undefined;
  const style = () => (font ??= getComputedStyle(host));
  return {
    em: () => parseFloat(style().fontSize) || 13,
    width(text) {
      text = text.length > MAX_MEASURED ? text.slice(0, MAX_MEASURED) : text;
      let w = widths.get(text);
      if (w === undefined) {
        if (context === undefined) {
          context = document.createElement('canvas').getContext('2d');
          if (context) context.font = `${style().fontSize} ${style().fontFamily}`;
        }
        w = Math.ceil((context?.measureText(text).width ?? text.length * 7) + 4);
        widths.set(text, w);
      }
      return w;
    },
  };
}
