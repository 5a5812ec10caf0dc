// The stories' play functions (a keyboard walk, selecting and the details, the list view) run here
// as they run in Storybook's Interactions panel: the story drawn as Storybook draws it, then played.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../stories/timeline.stories.js';

type Args = Record<string, unknown>;
interface Playable {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  decorators?: ((story: () => TemplateResult) => TemplateResult)[];
  play?: (context: { canvasElement: HTMLElement; args: Args; step: (name: string, run: () => Promise<void>) => Promise<void> }) => Promise<void>;
}

const defaults = meta as Playable;
const played = Object.entries(stories).filter(([name, s]) => name !== 'default' && (s as Playable).play) as [string, Playable][];

describe('stories with play functions', () => {
  it('are there: a keyboard walk, select and details, the list view', () => {
    if (played.map(([name]) => name).sort().join() !== 'KeyboardOnly,ListView,SelectAndDetails') throw new Error(`played: ${played.map(([n]) => n)}`);
  });

  for (const [name, story] of played) {
    it(`${name} plays through`, async () => {
      const args = { ...defaults.args, ...story.args };
      const render = (story.render ?? defaults.render)!;
      const decorated = (story.decorators ?? []).reduce<() => TemplateResult>((inner, d) => () => d(inner), () => render(args));
      const canvasElement = await fixture<HTMLDivElement>(html`<div style="width: 1200px">${decorated()}</div>`);
      const steps: string[] = [];
      await story.play!({ canvasElement, args, step: async (label, run) => (steps.push(label), run()) });
      if (!steps.length) throw new Error('the play function took no steps');
    });
  }
});
