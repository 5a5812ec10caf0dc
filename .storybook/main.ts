import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  // Docs pages: the autodocs tables come from custom-elements.json (see preview.ts).
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The files the data stories load by `src` (TimelineJS3 samples, a CSV, a media sketch).
  staticDirs: [{ from: '../examples/data', to: '/data' }],
};
export default config;
