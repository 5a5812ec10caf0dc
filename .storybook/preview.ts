import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
// Written by `npm run manifest` (part of `npm start`, `npm run build` and `npm run build-storybook`).
import manifest from '../custom-elements.json';
import '../src/index.js';

// The Docs pages' tables of attributes, properties, events, parts and CSS custom properties.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every event the element fires, in the Actions panel (they bubble and are composed).
    actions: { handles: ['dateline-select', 'dateline-range-change', 'dateline-invalid', 'dateline-load', 'dateline-error', 'dateline-filter-change'] },
  },
  decorators: [withActions],
};
export default preview;
