/** Renders a template into a fresh container on the page, for tests of render functions. */
import { render, type TemplateResult } from 'lit';
import { en } from '../../src/core/messages.js';
import { textsFor } from '../../src/core/texts.js';

export const texts = textsFor({ locale: 'en-GB', messages: en });

const mounted: HTMLElement[] = [];

export function mount(template: TemplateResult | unknown): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});
