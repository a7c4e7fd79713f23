import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMediaTrack, firstPlayCheckMs, retriesOfAFile, retryAfterMs } from './media-track';
import type { TrackEvent } from '../features/session/ports';

/** A stand-in for an <audio> element: notes every write of its time, and plays when asked. */
class FakeAudio extends EventTarget {
  #src = '';
  get src() {
    return this.#src;
  }
  /** A new source starts at its beginning, as the load algorithm does. */
  set src(value: string) {
    this.#src = value;
    this.#time = 0;
  }
  preload = '';
  hidden = false;
  dataset: Record<string, string> = {};
  paused = true;
  ended = false;
  error: { code: number } | null = null;
  readyState = 4;
  duration = Number.NaN;
  timeWrites: number[] = [];
  #time = 0;
  get currentTime() {
    return this.#time;
  }
  set currentTime(value: number) {
    this.timeWrites.push(value);
    this.#time = value;
  }
  /** The element's own clock moving on as it plays. */
  advance(seconds: number) {
    this.#time += seconds;
  }
  /** How many plays to come fail to open their file (a media pipeline's NotSupportedError). */
  failingPlays = 0;
  plays = 0;
  async play() {
    this.plays += 1;
    if (this.failingPlays > 0) {
      this.failingPlays -= 1;
      throw new DOMException('The operation is not supported.', 'NotSupportedError');
    }
    this.paused = false;
    this.dispatchEvent(new Event('playing'));
  }
  pause() {
    this.paused = true;
  }
  removeAttribute() {
    this.#src = '';
  }
  load() {
    this.#time = 0;
  }
}

function setup() {
  const audio = new FakeAudio();
  const doc = {
    createElement: () => audio,
    body: { append: () => {} },
  } as unknown as Document;
  const track = createMediaTrack(doc);
  const events: TrackEvent[] = [];
  track.onEvent((event) => events.push(event));
  return { audio, track, events };
}

let urls = 0;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('HTMLMediaElement', { HAVE_FUTURE_DATA: 3 });
  vi.stubGlobal('navigator', {});
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:track-${(urls += 1)}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const flac = () => new Blob([new Uint8Array(8)], { type: 'audio/flac' });

describe('the media track', () => {
  it("never writes the element's time: each part plays from its own start", async () => {
    const { audio, track } = setup();
    track.unlock();
    track.load(flac(), 10_000, 60_000);
    await track.play();
    audio.advance(3);
    expect(track.currentMs()).toBe(13_000);
    track.pause();
    track.load(flac(), 40_000, 60_000);
    await track.play();
    track.load(flac(), null);
    await track.play();
    expect(track.currentMs()).toBeNull();
    track.clear();
    expect(audio.timeWrites).toEqual([]);
  });

  it('keeps one object URL alive: the one the element plays', () => {
    const { track } = setup();
    track.load(flac(), 0);
    track.load(flac(), 5_000);
    track.load(flac(), null);
    expect(URL.revokeObjectURL).toHaveBeenCalledTimes(2);
  });

  it('says error on the first play when the element misreads the FLAC length', async () => {
    const { audio, track, events } = setup();
    audio.duration = 12;
    track.load(flac(), 0, 60_000);
    await track.play();
    expect(events).toContain('error');
  });

  it("says error when the element's time does not move within 2 s of the first play", async () => {
    const { audio, track, events } = setup();
    audio.duration = 60;
    track.load(flac(), 0, 60_000);
    await track.play();
    vi.advanceTimersByTime(firstPlayCheckMs);
    expect(events).toContain('error');
  });

  it('tries a file that will not open again, a moment later, before any error', async () => {
    const { audio, track, events } = setup();
    track.load(flac(), 30_000, 60_000);
    audio.failingPlays = 1;
    const played = track.play();
    await vi.advanceTimersByTimeAsync(retryAfterMs);
    expect(await played).toBe(true);
    expect(audio.plays).toBe(2);
    expect(events).not.toContain('error');
    // The same part, from its start: session time 30 s at its first sample.
    expect(track.currentMs()).toBe(30_000);
  });

  it('says error when the file still will not open after two more tries', async () => {
    const { audio, track, events } = setup();
    track.load(flac(), 0, 60_000);
    audio.failingPlays = 3;
    const played = track.play();
    await vi.advanceTimersByTimeAsync(retryAfterMs * 3);
    expect(await played).toBe(false);
    expect(audio.plays).toBe(1 + retriesOfAFile);
    expect(events).toEqual(['error']);
  });

  it('tries no more once the session has paused or moved on to another file', async () => {
    const { audio, track, events } = setup();
    track.load(flac(), 0, 60_000);
    audio.failingPlays = 1;
    const paused = track.play();
    await Promise.resolve();
    track.pause();
    await vi.advanceTimersByTimeAsync(retryAfterMs);
    expect(await paused).toBe(false);
    audio.failingPlays = 1;
    const replaced = track.play();
    await Promise.resolve();
    track.load(flac(), 5_000, 60_000);
    await vi.advanceTimersByTimeAsync(retryAfterMs * retriesOfAFile);
    expect(await replaced).toBe(false);
    expect(audio.plays).toBe(2);
    expect(events).toEqual([]);
  });

  it('loads a file again when its error says it would not open, and plays it if it was playing', async () => {
    const { audio, track, events } = setup();
    track.load(flac(), 0, 60_000);
    await track.play();
    audio.error = { code: 4 };
    audio.dispatchEvent(new Event('error'));
    audio.error = null;
    await vi.advanceTimersByTimeAsync(retryAfterMs);
    expect(audio.plays).toBe(2);
    expect(URL.revokeObjectURL).toHaveBeenCalledTimes(1);
    expect(events).toEqual(['playing', 'playing']);
  });

  it('says error when the track it plays fails', () => {
    const { audio, track, events } = setup();
    track.load(flac(), 0, 60_000);
    audio.error = { code: 3 };
    audio.dispatchEvent(new Event('error'));
    expect(events).toEqual(['error']);
  });

  it('ignores an error event from a source the element has already left', () => {
    const { audio, track, events } = setup();
    track.load(flac(), 0, 60_000);
    track.load(flac(), 5_000, 60_000);
    // The new load has cleared `error`; the event is the revoked first track's, late.
    audio.dispatchEvent(new Event('error'));
    expect(events).toEqual([]);
  });

  it('trusts a first play whose length is right and whose time moves', async () => {
    const { audio, track, events } = setup();
    audio.duration = 60;
    track.load(flac(), 0, 60_000);
    await track.play();
    audio.advance(1.5);
    vi.advanceTimersByTime(firstPlayCheckMs);
    expect(events).not.toContain('error');
  });
});
