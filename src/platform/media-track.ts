import type { MediaTrack, TrackEvent, TrackState } from '../features/session/ports';
import { silentWav, trackMimeTypes, type TrackFormat } from '../features/session/core/track';

/** How long the first play may take to move the element's time before it counts as stuck. */
export const firstPlayCheckMs = 2000;

interface AudioSessionLike {
  type: string;
}

/**
 * WebKit's Audio Session API: 'playback' tells iOS this page plays media the user asked for, so
 * it keeps playing with the screen locked and the ringer switch on silent (it pauses other
 * apps' audio). Elsewhere the property does not exist and nothing is needed.
 * Source: WebKit/WebKit PR 17812; W3C Audio Session draft.
 */
export function claimPlaybackAudioSession(): void {
  const session = (navigator as { audioSession?: AudioSessionLike }).audioSession;
  if (session && session.type !== 'playback') {
    try {
      session.type = 'playback';
    } catch {
      // An older WebKit with a read-only property: the element still plays.
    }
  }
}

/**
 * The track format this browser's media elements play: FLAC, which holds a minute of session
 * in about 0.1 MB where WAV takes 1.32 MB, so that what the element has read ahead lasts far
 * longer when the page cannot run; WAV where the browser says it cannot play FLAC.
 */
export function playableTrackFormat(doc: Document = document): TrackFormat {
  const probe = doc.createElement('audio');
  return probe.canPlayType(trackMimeTypes.flac) === '' ? 'wav' : 'flac';
}

/**
 * The session's track in an `<audio>` element. A media element, unlike Web Audio, keeps playing
 * when iOS locks the screen (processing/p5.js-sound#648, Tonejs/Tone.js#995), and a busy or
 * suspended page does not stop it: it plays a file it already has.
 *
 * Pauses the app did not ask for (a phone call, unplugged headphones, another app's audio) are
 * reported as 'paused'; plays it did not ask for (a headphones button) as 'playing'.
 * The element sits in the document, hidden and without controls, so that what plays can be
 * observed from outside the app (the browser tests), with no hook in the code.
 */
/** How often a file that will not open is tried again, and how long before the first retry. */
export const retriesOfAFile = 2;
export const retryAfterMs = 150;
/** MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED: the file would not open. */
const mediaErrSrcNotSupported = 4;

export function createMediaTrack(doc: Document = document): MediaTrack {
  let audio: HTMLAudioElement | null = null;
  let url: string | null = null;
  /**
   * The track the URL stands for, held while the element plays it: a part read from its file on
   * the disk keeps the file only while its Blob is held (track-disk.ts), and the element may read
   * it again at any time.
   */
  let current: Blob | null = null;
  /** The file that would not open, and how often it has been tried again (see `play`). */
  let retried: { track: Blob; times: number } | null = null;
  /** Session time of the loaded track's first sample; null with nothing loaded or the bed. */
  let offsetMs: number | null = null;
  let loaded = false;
  /** The length the loaded track was rendered to, until its first play has been checked. */
  let unchecked: { durationMs: number; startedAt: number | null } | null = null;
  /** Set once a track has played as rendered: the later ones are not checked again. */
  let checked = false;
  /** What the app asked for last; a 'pause' or 'play' event against it came from outside. */
  let wanted: 'playing' | 'paused' = 'paused';
  const listeners = new Set<(event: TrackEvent) => void>();
  const emit = (event: TrackEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  /**
   * The first play's check (Apple's FLAC decoder has misread files: jellyfin-web#8084): the
   * element's duration must be the rendered length, and its time must move within 2 s; if not,
   * 'error', and the session renders the part again as WAV.
   */
  function checkFirstPlay(target: HTMLAudioElement): void {
    if (!unchecked || checked) return;
    const expected = unchecked;
    const durationOff =
      Number.isFinite(target.duration) &&
      Math.abs(target.duration * 1000 - expected.durationMs) > 1000;
    if (durationOff) {
      unchecked = null;
      emit('error');
      return;
    }
    if (expected.startedAt !== null) return;
    expected.startedAt = target.currentTime;
    const src = target.src;
    setTimeout(() => {
      if (unchecked !== expected || target.src !== src) return;
      unchecked = null;
      if (target.paused) return;
      if (target.currentTime > (expected.startedAt ?? 0)) checked = true;
      else emit('error');
    }, firstPlayCheckMs);
  }

  function element(): HTMLAudioElement {
    if (audio) return audio;
    const created = doc.createElement('audio');
    created.preload = 'auto';
    created.hidden = true;
    created.dataset.acupress = 'session-track';
    doc.body.append(created);
    const isTrack = () => loaded && created.src === url;
    // Events arrive a task after their cause: one that no longer matches the element (a
    // 'playing' queued before a pause, a 'pause' before a play) is dropped.
    created.addEventListener('playing', () => {
      if (!isTrack() || created.paused) return;
      wanted = 'playing';
      checkFirstPlay(created);
      emit('playing');
    });
    created.addEventListener('pause', () => {
      if (!isTrack() || created.ended || !created.paused || wanted === 'paused') return;
      wanted = 'paused';
      emit('paused');
    });
    created.addEventListener('timeupdate', () => {
      if (isTrack() && !created.paused) emit('time');
    });
    created.addEventListener('ended', () => {
      if (isTrack()) emit('ended');
    });
    // A real error sets `error` before the event. An error event that finds it null belongs to a
    // source the element has already left: WebKitGTK delivers one for the set-up's previous,
    // revoked track after the next has begun to load, and taking it for the new track's failure
    // sent the first visit to WAV and then, play() being outside the tap by then, to silence.
    created.addEventListener('error', () => {
      if (!isTrack() || created.error === null) return;
      if (created.error.code === mediaErrSrcNotSupported && openAgain()) return;
      emit('error');
    });
    audio = created;
    return created;
  }

  function load(track: Blob, atMs: number | null, durationMs?: number): void {
    const target = element();
    wanted = 'paused';
    release();
    url = URL.createObjectURL(track);
    current = track;
    offsetMs = atMs;
    loaded = true;
    if (durationMs !== undefined && track.type === trackMimeTypes.flac) {
      unchecked = { durationMs, startedAt: null };
    }
    // A new source always plays from its start: the element's time is never written, as
    // Apple's FLAC decoder lands in the wrong place after a seek (jellyfin-web#8084).
    target.src = url;
  }

  async function play(): Promise<boolean> {
    const target = element();
    if (!loaded) return false;
    wanted = 'playing';
    const playing = url;
    try {
      await target.play();
      return true;
    } catch (error) {
      // Replaced by a newer track while starting (AbortError): not a refusal.
      const name = (error as { name?: string }).name;
      if (playing === url && name === 'NotAllowedError') {
        wanted = 'paused';
        emit('blocked');
      }
      if (playing === url && name === 'NotSupportedError') {
        const again = openAgain();
        if (again) return again;
        // A file this browser cannot play after all; its 'error' event may have come before the
        // session ran (a track cued on the set-up screen), so it is said again here.
        emit('error');
      }
      return false;
    }
  }

  /**
   * The file loaded now would not open. That may be a media pipeline's passing failure
   * (WebKitGTK's GStreamer, now and then, with a new file just after the last), so the same file
   * is loaded again, from its start, twice, 150 and 300 ms later, before the session hears
   * 'error' and renders WAV (the renderer writes FLAC only where the element says it plays it).
   * Whether it then plays; null when it is not tried again. Its play rejected and its error
   * event both come here: the first one loads it again, and the other finds its URL gone.
   */
  function openAgain(): Promise<boolean> | null {
    const track = current;
    const failed = url;
    if (!track) return null;
    if (retried?.track !== track) retried = { track, times: 0 };
    if (retried.times >= retriesOfAFile) return null;
    const attempt = (retried.times += 1);
    const again = {
      at: offsetMs,
      durationMs: unchecked?.durationMs,
      playing: wanted === 'playing',
    };
    return new Promise<void>((resolve) => setTimeout(resolve, retryAfterMs * attempt)).then(() => {
      // Loaded anew meanwhile (another part, a pause, the other report of this failure).
      if (url !== failed || current !== track) return false;
      const playing = again.playing && wanted === 'playing';
      load(track, again.at, again.durationMs);
      return playing ? play() : false;
    });
  }

  /** At most one object URL lives: the one the element plays. */
  function release(): void {
    if (url) URL.revokeObjectURL(url);
    url = null;
    current = null;
    offsetMs = null;
    loaded = false;
    unchecked = null;
  }

  return {
    unlock() {
      claimPlaybackAudioSession();
      const target = element();
      if (loaded) return;
      // iOS lets an element play without a gesture once it has played inside one.
      release();
      url = URL.createObjectURL(new Blob([silentWav()], { type: 'audio/wav' }));
      target.src = url;
      void target.play().catch(() => {});
    },
    load,
    play,
    pause() {
      wanted = 'paused';
      audio?.pause();
    },
    clear() {
      wanted = 'paused';
      if (audio) {
        audio.pause();
        audio.removeAttribute('src');
        audio.load();
      }
      release();
    },
    currentMs() {
      if (offsetMs === null || !audio) return null;
      return offsetMs + audio.currentTime * 1000;
    },
    state(): TrackState {
      if (!loaded || !audio) return 'empty';
      if (audio.ended) return 'ended';
      if (audio.paused) return 'paused';
      return audio.readyState < HTMLMediaElement.HAVE_FUTURE_DATA ? 'loading' : 'playing';
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
