import { firstDifferenceMs, moreTimeAnchorMs } from '../core/more-time-ahead';
import type { Timeline } from '../core/timeline';
import type { TrackRequest } from '../core/track';

/** A part of the session's track: its file once rendered, the worker's promise until then. */
export type Part = Blob | Promise<Blob>;

/**
 * The parts of the session's track rendered (or rendering) ahead for one timeline, by where
 * they start and the gate they run to. A new timeline (more time) drops them.
 */
export function createTrackParts(render: (request: TrackRequest) => Promise<Blob>) {
  const parts = new Map<string, Part>();
  let of: Timeline | null = null;
  const keyOf = (from: number, gate: number | null) => `${from}:${gate}`;

  function use(timeline: Timeline | null): void {
    if (of === timeline) return;
    parts.clear();
    of = timeline;
  }

  function put(key: string, part: Part): void {
    parts.set(key, part);
    if (part instanceof Blob) return;
    part.then(
      (blob) => void (parts.get(key) === part && parts.set(key, blob)),
      () => void (parts.get(key) === part && parts.delete(key)),
    );
  }

  return {
    use,
    /** The part's file when rendered, else null: its render is started if it is not under way. */
    ensure(timeline: Timeline, from: number, gate: number | null, request: TrackRequest | null) {
      use(timeline);
      const key = keyOf(from, gate);
      const have = parts.get(key);
      if (have instanceof Blob) return have;
      if (!have && request) put(key, render(request));
      return null;
    },
    get: (from: number, gate: number | null) => parts.get(keyOf(from, gate)),
    /** A part made elsewhere (the cued start, the longer hold rendered ahead) for `timeline`. */
    set(timeline: Timeline | null, from: number, gate: number | null, part: Part) {
      use(timeline);
      put(keyOf(from, gate), part);
    },
    /** Drops every part but these. */
    keepOnly(wanted: ReadonlyArray<readonly [number, number | null]>) {
      const keys = wanted.map(([from, gate]) => keyOf(from, gate));
      for (const have of [...parts.keys()]) if (!keys.includes(have)) parts.delete(have);
    },
    clear: () => parts.clear(),
    /** The files held now (the one playing may be among them). */
    files: () => [...parts.values()].filter((part): part is Blob => part instanceof Blob),
  };
}

/** The hold with more time, as the transport would make it now. */
export interface LongerHold {
  readonly timeline: Timeline;
  /** The wait-for-me gate a part of the longer timeline from `fromMs` runs to. */
  gateFor(fromMs: number): number | null;
}

/** The longer hold's part rendered ahead. */
export interface MoreTimePart {
  readonly timeline: Timeline;
  readonly fromMs: number;
  readonly gate: number | null;
  part: Part;
}

/**
 * "+30 s" rendered ahead (core/more-time-ahead.ts): one longer part lives, from the anchor the
 * element is heading for; the next is rendered once the element has passed it.
 */
export function createMoreTimeAhead(render: (request: TrackRequest) => Promise<Blob>) {
  let ahead: MoreTimePart | null = null;
  /** No anchor fitted before the timelines part: none is looked for again until there. */
  let waiting: { timeline: Timeline; untilMs: number } | null = null;

  return {
    /**
     * Keeps a longer part ready from an anchor ahead while the element plays `current` at
     * `atMs` (up to `currentGate`). `requestFor` makes a part's request for a timeline.
     */
    update(
      current: Timeline,
      currentGate: number | null,
      longer: LongerHold | null,
      atMs: number,
      breathSound: boolean,
      requestFor: (timeline: Timeline, from: number, gate: number | null) => TrackRequest,
    ): void {
      if (ahead && (ahead.timeline !== longer?.timeline || ahead.fromMs <= atMs)) ahead = null;
      if (!longer || ahead) return;
      if (waiting?.timeline === longer.timeline && atMs < waiting.untilMs) return;
      // Up to the anchor, the element must play what the longer timeline would play.
      const differsMs = firstDifferenceMs(
        requestFor(current, atMs, currentGate),
        requestFor(longer.timeline, atMs, longer.gateFor(atMs)),
      );
      const anchorMs = moreTimeAnchorMs(current, atMs, breathSound, differsMs);
      if (!Number.isFinite(anchorMs)) {
        waiting = { timeline: longer.timeline, untilMs: Math.min(differsMs, atMs + 5_000) };
        return;
      }
      waiting = null;
      const gate = longer.gateFor(anchorMs);
      const rendering = render(requestFor(longer.timeline, anchorMs, gate));
      const entry: MoreTimePart = {
        timeline: longer.timeline,
        fromMs: anchorMs,
        gate,
        part: rendering,
      };
      rendering.then(
        (blob) => void (entry.part = blob),
        () => void (ahead === entry && (ahead = null)),
      );
      ahead = entry;
    },
    /** The longer part for `timeline` that the element, now at `atMs`, can hand over to. */
    take(timeline: Timeline, atMs: number): MoreTimePart | null {
      const found = ahead?.timeline === timeline && ahead.fromMs > atMs ? ahead : null;
      ahead = null;
      return found;
    },
    clear: () => void (ahead = waiting = null),
    files: () => (ahead?.part instanceof Blob ? [ahead.part] : []),
  };
}
