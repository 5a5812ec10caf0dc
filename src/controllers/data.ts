/**
 * The host's data: what `events` and `eras` hold, read into a data set once per assignment, and
 * where they come from when the page gives no code: a `src` fetched (with progress, a time-out, and
 * cancelled when a newer `src` comes) or a child `<script type="application/json">`. Loaded data
 * is assigned to the host's `events`, `groups` and `eras`; a failed load leaves them as they were.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatelineMessages, LoadFailure } from '../core/messages.js';
import { computeDataset, describeProblems, type Dataset, type Previous } from '../data/dataset.js';
import { createDatelineEvent, type DatelineLoadDetail } from '../events.js';
import { validateEvents, type ValidationResult } from '../core/validate.js';
import type { ReadResult } from '../import/read.js';
import type { Check } from '../import/timelinejs.js';
import type { ImportedData, TimelineEra, TimelineEvent, TimelineGroup, TimelineProblem } from '../types.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  events: TimelineEvent[];
  groups: TimelineGroup[];
  eras: TimelineEra[];
}

export interface DataOptions {
  /** A new data set was read (its padded extent). */
  changed: (extent: Dataset['extent']) => void;
  /** A request that has not finished after this many ms fails as a time-out. */
  timeout?: number;
}

/** Why a request was aborted, when it was the time-out. */
const TIMEOUT = Symbol('timeout');
const EMPTY: Dataset = computeDataset([]);
/** The readers of files, loaded the first time a page gives data without code (the bundle keeps them apart). */
const readers = () => import('./loading.js');

export class DataController implements ReactiveController {
  /** The data set of the last `events` and `eras`. */
  data: Dataset = EMPTY;
  /** The problems of the last data: those of the file it came from, then of validation. */
  problems: readonly TimelineProblem[] = [];
  /** True while a `src` request is in flight. */
  loading = false;
  /** Bytes received, and the total when the server said it. */
  progress: { received: number; total?: number } = { received: 0 };
  /** Why the last load failed, until one succeeds. */
  failure: { reason: LoadFailure; status?: number } | null = null;
  /** The title of the loaded file, if it had one. */
  title?: ImportedData['title'];

  private _src?: string;
  private _timeZone?: string;
  private _request?: AbortController;
  /**
   * The events read so far, by their objects, in `_seenZone`, and the last input and data set: an
   * array that reuses objects (a live feed appending to a copy) has only its new ones read.
   */
  private _previous: Previous = { seen: new WeakMap() };
  private _seenZone?: string;
  /**
   * The validation of the events a file gave, made while reading it: when the host's `events` are
   * still those events, in the same zone, the data set is made from it rather than validating
   * 100,000 events twice.
   */
  private _checked?: { events: readonly TimelineEvent[]; timeZone?: string; result: ValidationResult };
  /** The detail of `dateline-load` and the file's problems, said once the loaded data is read. */
  private _pending?: { detail: Omit<DatelineLoadDetail, 'count'>; problems: TimelineProblem[] };

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A request cut short by leaving the page is made again on return.
    if (this.loading) this._abort();
  }

  /**
   * Called before each render with the properties that changed: reads inline data on the first
   * update, starts a load when `src` changed, and reads new data.
   */
  update(changed: ReadonlyMap<PropertyKey, unknown>, first: boolean, { src, timeZone }: { src?: string; timeZone?: string }): void {
    this._timeZone = timeZone;
    if (src !== this._src) this._load(src);
    else if (first && !src && !this.host.events?.length) void this._readInline();
    if (changed.has('events') || changed.has('eras') || changed.has('timeZone')) this._read(timeZone);
  }

  /** What to show of loading: the words while in flight ("Loading… 45%"), and why the last load failed. */
  status(m: DatelineMessages): { loading?: string; failure?: string } {
    const { received, total } = this.progress;
    return {
      loading: this.loading ? m.loading(total ? `${Math.min(99, Math.floor((100 * received) / total))}%` : undefined) : undefined,
      failure: this.failure ? m.loadFailed(this.failure.reason, this.failure.status) : undefined,
    };
  }

  /** Forgets the events read so far: the next data is read whole (`refresh()`: objects may have changed in place). */
  forget(): void {
    this._previous = { seen: new WeakMap() };
  }

  private _read(timeZone: string | undefined): void {
    const mine = this._checked;
    const checked = mine && mine.events === this.host.events && mine.timeZone === timeZone ? mine.result : undefined;
    this._checked = undefined;
    // Events are read in a zone: another zone reads them all again.
    if (timeZone !== this._seenZone) [this._previous, this._seenZone] = [{ seen: new WeakMap() }, timeZone];
    const data = (this.data = computeDataset(this.host.events, timeZone, this.host.eras, checked, this._previous));
    this.options.changed(data.extent);
    const pending = this._pending;
    this._pending = undefined;
    this.problems = [...(pending?.problems ?? []), ...data.problems];
    if (this.problems.length) {
      this.host.dispatchEvent(createDatelineEvent('dateline-invalid', { problems: [...this.problems] }));
      console.warn(describeProblems(this.problems));
    }
    if (pending) this.host.dispatchEvent(createDatelineEvent('dateline-load', { ...pending.detail, count: data.spans.items.length }));
  }

  /** Reads a child `<script type="application/json">`, for pages that can hold markup but no script. */
  private async _readInline(): Promise<void> {
    const text = this.host.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (!text?.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return this._apply('', { ok: false, message: `the inline JSON cannot be read (${(e as Error).message})` });
    }
    const { readJSON } = await readers();
    // Data assigned meanwhile wins.
    if (!this.host.events?.length) this._apply('', readJSON(json, this._check()));
  }

  private _abort(): void {
    this._request?.abort();
    this._request = undefined;
    this._src = undefined;
    this.loading = false;
  }

  private async _load(src: string | undefined): Promise<void> {
    this._abort();
    this._src = src;
    if (!src) return;
    const request = (this._request = new AbortController());
    this.loading = true;
    this.progress = { received: 0 };
    const timer = setTimeout(() => request.abort(TIMEOUT), this.options.timeout ?? 30_000);
    let result: ReadResult;
    let status: number | undefined;
    let reason: LoadFailure = 'format';
    try {
      const [response, { readBody, readText }] = await Promise.all([fetch(src, { signal: request.signal }), readers()]);
      if (!response.ok) {
        [reason, status] = ['status', response.status];
        result = { ok: false, message: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
      } else {
        const text = await readText(response, (progress) => {
          if (request !== this._request) return false;
          this.progress = progress;
          this.host.requestUpdate();
          return true;
        });
        result = readBody(text, this._check());
      }
    } catch (e) {
      if (request !== this._request) return;
      reason = request.signal.reason === TIMEOUT ? 'timeout' : 'network';
      result = { ok: false, message: reason === 'timeout' ? `no answer within ${(this.options.timeout ?? 30_000) / 1000} s` : `the request failed (${(e as Error).message})` };
    } finally {
      clearTimeout(timer);
    }
    // A newer src (or leaving the page) took over: this answer is not wanted any more.
    if (request !== this._request) return;
    this._request = undefined;
    this.loading = false;
    this._apply(src, result, reason, status);
  }

  /** Validation for a file's events, in the zone of the moment, kept for the data set (see `_checked`). */
  private _check(): Check {
    const timeZone = this._timeZone;
    return (events) => {
      const result = validateEvents(events, { timeZone });
      // The host is given the valid events alone, in order: their positions are those in that array.
      result.events.forEach((e, i) => (e.index = i));
      this._checked = { events: [], timeZone, result };
      return result;
    };
  }

  /** Assigns what was read to the host, or says why it could not be (`reason`, `status`). */
  private _apply(src: string, result: ReadResult, reason: LoadFailure = 'format', status?: number): void {
    if (!result.ok) {
      this.failure = { reason, status };
      this.host.dispatchEvent(createDatelineEvent('dateline-error', { src, message: result.message, ...(status !== undefined && { status }) }));
      console.warn(`dateline-timeline: could not load ${src || 'the inline data'}: ${result.message}. The data shown before stays.`);
      this.host.requestUpdate();
      return;
    }
    const { data, format } = result;
    this.failure = null;
    this.title = data.title;
    this._pending = { detail: { src, format, ...(data.title && { title: data.title }) }, problems: data.problems };
    // The validation made while reading holds for exactly these events (a Dateline file's were not validated yet).
    // Its problems are the file's, said already with their rows.
    const checked = this._checked?.result;
    this._checked = checked && data.events.every((e, i) => e === checked.events[i]?.event) ? { events: data.events, timeZone: this._checked!.timeZone, result: { ...checked, problems: [] } } : undefined;
    Object.assign(this.host, { events: data.events, groups: data.groups, eras: data.eras });
  }
}
