/** What exporting does in the browser beyond drawing: the PNG of a drawing, and saving a file. Loaded on first use. */

/** The largest canvas side browsers draw reliably; a larger PNG is drawn at a smaller scale. */
const MAX_CANVAS = 16384;

/** Draws an SVG document on a canvas, `scale` pixels per px, as a PNG. */
export async function rasterize(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  scale = Math.min(scale, MAX_CANVAS / width, MAX_CANVAS / height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser has no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as a download named `name`, through a link added to `root` for the moment of the click. */
export function saveFile(blob: Blob, name: string, root: ParentNode): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // The browser has read the file by then; the address is released.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
