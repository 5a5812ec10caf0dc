/** The details panel of the selected event: title, date, lane, certainty, description and source. */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { DatelineMessages } from '../core/messages.js';
import type { Texts } from '../core/texts.js';
import type { TimelineMedia } from '../types.js';
import { isSafeUrl, type NormalisedEvent } from '../core/validate.js';
import type { Lane } from '../data/lanes.js';
import { renderWhen } from './marks.js';

export interface DetailsProps {
  item: NormalisedEvent;
  lane?: Lane;
  texts: Texts;
  onClose: () => void;
  /** The Copy link button (with `hash-links`): copied already, or the link to copy by hand when the clipboard refused. */
  link?: { onCopy: () => void; copied: boolean; manual?: string };
}

/** The Copy link button, what it did, and the link itself in a field when it had to be copied by hand. */
function renderLink(l: NonNullable<DetailsProps['link']>, m: DatelineMessages): TemplateResult {
  return html`<p class="copy-link">
    <button class="link-button" @click=${l.onCopy}>${m.link.copy}</button>
    ${l.copied ? html`<span class="copied">${m.link.copied}</span>` : nothing}
    ${l.manual ? html`<label>${m.link.manual} <input readonly .value=${l.manual} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>` : nothing}
  </p>`;
}

/** Image files by extension, and hosts that serve only images. */
const IMAGE = /\.(avif|bmp|gif|jpe?g|png|svg|webp)$/i;
const IMAGE_HOSTS = /^(i\.imgur\.com|pbs\.twimg\.com|images\.unsplash\.com|live\.staticflickr\.com|farm\d+\.staticflickr\.com)$/;

/** Whether `url` (an http(s) URL) is an image, by its path's extension or a known image host. */
export function isImageUrl(url: string): boolean {
  const u = new URL(url);
  return IMAGE.test(u.pathname) || IMAGE_HOSTS.test(u.hostname);
}

/** `url` resolved against the page (media may be relative to it), when it is http(s); else undefined. */
function mediaUrl(url: string): string | undefined {
  const href = URL.canParse(url, document.baseURI) ? new URL(url, document.baseURI).href : undefined;
  return isSafeUrl(href) ? href : undefined;
}

/**
 * An event's media: an image (lazily loaded, with its alt text, caption and credit) that falls back
 * to its link when it does not load, or a link. Anything but http(s) is left out.
 */
function renderMedia(media: TimelineMedia | undefined, title: string, m: DatelineMessages): TemplateResult | typeof nothing {
  const url = media && mediaUrl(media.url);
  if (!url) return nothing;
  const link = html`<a class="media-link" href=${url} target="_blank" rel="noopener noreferrer">${m.openMedia}</a>`;
  const about = [media.caption, media.credit].filter(Boolean);
  if (!isImageUrl(url)) return html`<p part="media" class="media">${link}${about.length ? html` · ${about.join(' · ')}` : nothing}</p>`;
  // A broken image gives way to its link (the figure's class is not bound, so renders keep it).
  const broken = (e: Event) => (e.target as HTMLElement).closest('figure')?.classList.add('broken');
  return html`<figure part="media" class="media">
    <img src=${url} alt=${media.alt ?? title} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${broken} />
    ${link}
    ${about.length ? html`<figcaption>${media.caption ? html`<span>${media.caption}</span>` : nothing} ${media.credit ? html`<small>${media.credit}</small>` : nothing}</figcaption>` : nothing}
  </figure>`;
}

export function renderDetails({ item, lane, texts, onClose, link }: DetailsProps): TemplateResult {
  const e = item.event;
  const m = texts.messages;
  const url = isSafeUrl(e.source?.url) ? e.source.url : undefined;
  return html`<section part="details" aria-label=${e.title} style=${styleMap({ '--_lane-color': lane?.color ?? null })}>
    <button class="close" aria-label=${m.close} @click=${onClose}>×</button>
    <h2 tabindex="-1"><bdi>${e.title}</bdi></h2>
    <p class="meta">
      ${renderWhen(texts.when(item), e.displayDate)}${lane?.key ? html` · <bdi>${lane.label}</bdi>` : ''} ·
      ${m.certainty[item.certainty]}
    </p>
    ${renderMedia(e.media, e.title, m)} ${e.description ? html`<p class="description">${e.description}</p>` : nothing}
    ${e.source?.name
      ? html`<p class="meta">
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${m.source(e.source.name)}</a>` : m.source(e.source.name)}
        </p>`
      : nothing}
    ${link ? renderLink(link, m) : nothing}
  </section>`;
}
