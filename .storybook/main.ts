import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The files the data stories load by `src` (TimelineJS3 samples, a CSV, a media sketch).
  staticDirs: [{ from: '../examples/data', to: '/data' }],
};
export default config;
