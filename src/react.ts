/**
 * `dateline/react`: `<DatelineTimeline>` for React 18 and 19, made with `@lit/react`. Its props are
 * the element's properties (set as properties, so `events`, `groups`, `filter` and `messages` take
 * arrays, objects and functions as they are) and six typed event props. Importing it defines the
 * element; `import 'dateline'` alone never loads React.
 *
 * ```tsx
 * import { DatelineTimeline } from 'dateline/react';
 * <DatelineTimeline events={events} label="Troops" onSelect={(e) => setSelected(e.detail.id)} />
 * ```
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { DatelineTimeline as DatelineTimelineElement } from './element.js';
import type {
  DatelineErrorDetail,
  DatelineFilterChangeDetail,
  DatelineInvalidDetail,
  DatelineLoadDetail,
  DatelineRangeChangeDetail,
  DatelineSelectDetail,
} from './events.js';

export * from './element.js';
/** The element class itself (the component takes the name `DatelineTimeline` here). */
export { DatelineTimelineElement };

/** The element as a React component, for its properties (set as properties, not attributes). */
const Element = createComponent({ react: React, tagName: 'dateline-timeline', elementClass: DatelineTimelineElement, displayName: 'DatelineTimelineElement' });

/** The event props and the events they listen to. */
const EVENTS = {
  onSelect: 'dateline-select',
  onRangeChange: 'dateline-range-change',
  onInvalid: 'dateline-invalid',
  onLoad: 'dateline-load',
  onError: 'dateline-error',
  onFilterChange: 'dateline-filter-change',
} as const;

/** The six event props, each called with the element's typed `CustomEvent`. */
export interface DatelineTimelineEventProps {
  onSelect?: (event: CustomEvent<DatelineSelectDetail>) => void;
  onRangeChange?: (event: CustomEvent<DatelineRangeChangeDetail>) => void;
  onInvalid?: (event: CustomEvent<DatelineInvalidDetail>) => void;
  onLoad?: (event: CustomEvent<DatelineLoadDetail>) => void;
  onError?: (event: CustomEvent<DatelineErrorDetail>) => void;
  onFilterChange?: (event: CustomEvent<DatelineFilterChangeDetail>) => void;
}

/** The props of `<DatelineTimeline>`: the element's properties, the usual HTML attributes, and the event props. */
export type DatelineTimelineProps = Omit<React.ComponentPropsWithoutRef<typeof Element>, keyof DatelineTimelineEventProps> & DatelineTimelineEventProps;

/**
 * The React component. `ref` gives the element, for its methods (`fit()`, `toSVG()`…). Its event
 * props listen while it is mounted and are removed when it unmounts; changing a handler between
 * renders re-binds nothing.
 */
export const DatelineTimeline = React.forwardRef<DatelineTimelineElement, DatelineTimelineProps>(function DatelineTimeline(props, ref) {
  const node = React.useRef<DatelineTimelineElement | null>(null);
  const latest = React.useRef(props);
  latest.current = props;
  const given = (Object.keys(EVENTS) as (keyof typeof EVENTS)[]).filter((name) => props[name]);
  React.useLayoutEffect(() => {
    const el = node.current;
    if (!el) return undefined;
    const listeners = given.map((name) => {
      const listener = (e: Event) => (latest.current[name] as ((e: Event) => void) | undefined)?.(e);
      el.addEventListener(EVENTS[name], listener);
      return [EVENTS[name], listener] as const;
    });
    return () => listeners.forEach(([type, listener]) => el.removeEventListener(type, listener));
    // Bound again only when the set of event props given changes; handlers are read when called.
  }, [given.join()]);
  const setRef = React.useCallback(
    (el: DatelineTimelineElement | null) => {
      node.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );
  const rest: Record<string, unknown> = { ...props };
  for (const name of Object.keys(EVENTS)) delete rest[name];
  return React.createElement(Element, { ...rest, ref: setRef });
});
