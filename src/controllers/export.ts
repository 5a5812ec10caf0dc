/**
 * Export: `toSVG()` and `toPNG()` draw the timeline with the pure SVG drawing (`export/svg.ts`) in
 * the colours and font the element shows (light or dark), and the toolbar's Download menu (with
 * `exportable`) saves either as a file. The controller owns the menu's state and its keys.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Texts } from '../core/texts.js';
import type { ToolbarProps } from '../render/toolbar.js';
import type { Dataset } from '../data/dataset.js';
import { emptyFrame } from '../layout/frame.js';
import { computeHorizontalFrame } from '../layout/horizontal.js';
import type { Frame, FrameInput } from '../layout/types.js';
import { AXIS, drawSVG, type SvgPalette } from '../export/svg.js';
import { fileName } from '../export/file-name.js';

/** Which part of the time range an export draws: all the events shown (the default) or only the view. */
export interface ExportOptions {
  range?: 'all' | 'view';
  /** The drawing's width in px; the element's width by default. */
  width?: number;
}

export interface PngOptions extends ExportOptions {
  /** Pixels per px; the device pixel ratio by default. */
  scale?: number;
}

/** What exporting needs from the timeline. */
export interface ExportSource {
  /** The events shown (after any filter). */
  data(): Dataset;
  /** What the element's frame was computed from (its width, lanes, format, text sizes, direction), if it drew one. */
  input(): FrameInput | undefined;
  /** The time window in view, when the timeline is zoomed horizontally. */
  view(): readonly [number, number] | null;
  texts(): Texts;
  /** The timeline's name. */
  title(): string;
}

/** Rasterising and saving files: loaded the first time a PNG or a file is asked for. */
const files = () => import('../export/files.js');

/** The narrowest drawing the Download menu saves (px). */
const SAVE_WIDTH = 960;
/** A width to use when the element has none yet (not laid out, or hidden). */
const FALLBACK_WIDTH = 1200;

/** A CSS colour as the browser normalises it (`#rrggbb` or `rgba(…)`), through a canvas. */
function normaliser(): (value: string, fallback: string) => string {
  const context = document.createElement('canvas').getContext('2d');
  return (value, fallback) => {
    if (!context || !value.trim()) return fallback;
    context.fillStyle = fallback;
    context.fillStyle = value.trim();
    const out = String(context.fillStyle);
    // A transparent colour would draw nothing: the fallback stands in.
    return /rgba\(.*,\s*0\)$/.test(out) ? fallback : out;
  };
}

/** The element's colours as shown now: its private tokens, which follow the public custom properties and the colour scheme. */
export function readPalette(host: Element): SvgPalette {
  const style = getComputedStyle(host);
  const color = normaliser();
  const token = (name: string, fallback: string) => color(style.getPropertyValue(name), fallback);
  const muted = token('--_muted', '#57606a');
  return {
    background: token('--_bg', '#ffffff'),
    color: token('--_fg', '#1b1f24'),
    muted,
    grid: token('--_grid', '#d8dee4'),
    laneBackground: token('--_lane-bg', '#f6f8fa'),
    reference: token('--_reference', '#b3261e'),
    era: token('--dateline-era-color', muted),
  };
}

export class ExportController implements ReactiveController {
  /** The Download menu is open. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  /** The horizontal frame of the events shown at `width`: over their whole range, or over the view. */
  private frame(range: 'all' | 'view', width: number): Frame {
    const [data, input] = [this.source.data(), this.source.input()];
    const view = range === 'view' ? this.source.view() : null;
    return input && data.extent ? computeHorizontalFrame(data, { ...input, width, vertical: false, view, near: null, focused: null, selected: null }) : emptyFrame(false, width);
  }

  /** The SVG document of the events shown, and its size. */
  draw({ range = 'all', width }: ExportOptions = {}): { svg: string; width: number; height: number } {
    const s = this.source;
    const input = s.input();
    const w = Math.round(Number.isFinite(width) && width! > 0 ? width! : input?.width || FALLBACK_WIDTH);
    const frame = this.frame(range === 'view' ? 'view' : 'all', w);
    const [style, texts] = [getComputedStyle(this.host), s.texts()];
    const svg = drawSVG(frame, {
      palette: readPalette(this.host),
      font: style.fontFamily || 'sans-serif',
      size: parseFloat(style.fontSize) || 13,
      rtl: input?.rtl ?? false,
      measure: input?.measure ?? { width: (t) => t.length * 7, em: () => 13 },
      title: s.title(),
      name: (m) => texts.name(m.item, m.lane),
      clusterName: (m) => texts.messages.cluster(m.members!.count, m.when),
    });
    return { svg, width: frame.width, height: frame.height + AXIS };
  }

  async png(options: PngOptions = {}): Promise<Blob> {
    const { svg, width, height } = this.draw(options);
    const scale = Number.isFinite(options.scale) && options.scale! > 0 ? options.scale! : globalThis.devicePixelRatio || 1;
    return (await files()).rasterize(svg, width, height, scale);
  }

  /** Saves the whole timeline as a file, named from its label and its dates. */
  async save(format: 'svg' | 'png'): Promise<void> {
    this.close(true);
    // A phone's column saves a chart wide enough to read.
    const width = Math.max(this.source.input()?.width ?? 0, SAVE_WIDTH);
    const blob = format === 'svg' ? new Blob([this.draw({ width }).svg], { type: 'image/svg+xml' }) : await this.png({ width });
    (await files()).saveFile(blob, fileName(this.source.title(), this.source.data().spans.extent ?? undefined, format), this.host.renderRoot);
  }

  /** The Download button's state and handlers, for the toolbar. */
  menu(): NonNullable<ToolbarProps['download']> {
    return { open: this.open, onToggle: this.toggle, onSave: (format) => void this.save(format), onKey: this.onKey, onFocusOut: this.onFocusOut };
  }

  toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
    if (this.open) void this.host.updateComplete.then(() => this.items()[0]?.focus());
  };

  /** Closes the menu; `refocus` returns focus to the Download button. */
  close(refocus = false): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (refocus) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.download > button')?.focus());
  }

  /** The menu's keys: ↑ ↓ Home End move between its items, Escape closes it, Tab leaves it. */
  onKey = (e: KeyboardEvent): void => {
    const items = this.items();
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    // Tab goes on to the next control as usual; the menu closes behind it.
    if (e.key === 'Tab') return this.close();
    if (to !== undefined) items[(to + items.length) % items.length]?.focus();
    else if (e.key === 'Escape') this.close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  /** Focus left the menu and its button: it closes. */
  onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as HTMLElement).contains(to)) this.close();
  };

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.download [role=menuitem]')];
  }
}
