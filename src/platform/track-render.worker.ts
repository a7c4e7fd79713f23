/// <reference lib="webworker" />
// Renders the session's track (core/track.ts) off the main thread: a 30-minute session is 40 MB
// of samples (2 MB once written as FLAC). The file goes back as a Blob, which crosses to the page
// as a handle, not a copy. With Voice on, the words come from the language's voice bank, fetched
// once from our own origin (the service worker keeps it for offline use).
//
// Each part is written to a file of its own in the origin private file system (track-disk.ts),
// and what goes back is a Blob read from that file: a handle to the disk, so that the parts
// rendered ahead hold no memory on the page. Where that folder cannot be written (a private
// window), the Blob holds the bytes, as before.
import {
  renderTrackFile,
  trackMimeTypes,
  withoutWords,
  type TrackFormat,
  type TrackRequest,
} from '../features/session/core/track';
import { trackFolder } from './track-disk';

export interface TrackRenderMessage {
  readonly id: number;
  readonly request: TrackRequest;
  readonly format: TrackFormat;
}

export type TrackRenderReply =
  | {
      readonly id: number;
      readonly audio: Blob;
      /** The file in the origin private file system that `audio` reads from, if any. */
      readonly file?: string;
      /** The request had words, but its voice bank could not be loaded: rendered without. */
      readonly withoutWords?: true;
    }
  | { readonly id: number; readonly error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Each language's voice bank, fetched once. */
const banks = new Map<string, Promise<Uint8Array>>();
function voiceBank(file: string): Promise<Uint8Array> {
  let bank = banks.get(file);
  if (!bank) {
    bank = fetch(new URL(`/${file}`, scope.location.origin)).then(async (response) => {
      if (!response.ok) throw new Error(`voice bank ${file}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    // A failed fetch (offline before it was cached) is tried again with the next track.
    bank.catch(() => banks.delete(file));
    banks.set(file, bank);
  }
  return bank;
}

/** The parts' folder, or null where this browser keeps no files for the page (tried once). */
let folder: Promise<FileSystemDirectoryHandle | null> | null = null;
function partsFolder(): Promise<FileSystemDirectoryHandle | null> {
  folder ??= (async () => {
    // WebKitGTK 2.50 has no StorageManager in a worker; a private window may refuse the folder.
    const storage = scope.navigator.storage as StorageManager | undefined;
    if (typeof storage?.getDirectory !== 'function') return null;
    const root = await storage.getDirectory();
    return root.getDirectoryHandle(trackFolder, { create: true });
  })().catch(() => null);
  return folder;
}

/** A file system that has not answered by now is not waited for: the part stays in memory. */
const diskPatienceMs = 3_000;

/** Writes the part to a new file in `parts`: a Blob read from it, and the file's name. */
async function writePart(
  parts: FileSystemDirectoryHandle,
  bytes: Uint8Array<ArrayBuffer>,
  format: TrackFormat,
): Promise<{ audio: Blob; file: string }> {
  const name = `${Date.now()}-${crypto.randomUUID()}.${format}`;
  try {
    const handle = await parts.getFileHandle(name, { create: true });
    const access = await handle.createSyncAccessHandle();
    // Safari before 17 returned promises from flush() and close(): awaited either way.
    try {
      access.write(bytes, { at: 0 });
      const flushed: unknown = access.flush();
      await flushed;
    } finally {
      const closed: unknown = access.close();
      await closed;
    }
    const file = await handle.getFile();
    if (file.size !== bytes.byteLength) throw new Error('short write');
    return { audio: file.slice(0, file.size, trackMimeTypes[format]), file: name };
  } catch (error) {
    await parts.removeEntry(name).catch(() => {});
    throw error;
  }
}

/**
 * The rendered bytes as a Blob: read from a new file in the parts' folder, or in memory where
 * the file cannot be written (no folder, a full disk, no answer in time).
 */
async function partFile(
  bytes: Uint8Array<ArrayBuffer>,
  format: TrackFormat,
): Promise<{ audio: Blob; file?: string }> {
  const inMemory = () => ({ audio: new Blob([bytes], { type: trackMimeTypes[format] }) });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, diskPatienceMs, null)));
  try {
    const onDisk = partsFolder().then((parts) => (parts ? writePart(parts, bytes, format) : null));
    return (await Promise.race([onDisk, late])) ?? inMemory();
  } catch {
    return inMemory();
  } finally {
    clearTimeout(timer);
  }
}

scope.addEventListener('message', (event: MessageEvent<TrackRenderMessage>) => {
  const { id, request, format } = event.data;
  const bank = request.voice ? voiceBank(request.voice.file) : Promise.resolve(undefined);
  bank
    .then(
      async (voiceBank) => {
        const part = await partFile(renderTrackFile(request, format, voiceBank), format);
        scope.postMessage({ id, ...part } satisfies TrackRenderReply);
      },
      // Offline before the bank was ever cached: the cues still sound, as tones.
      async () => {
        const part = await partFile(renderTrackFile(withoutWords(request), format), format);
        scope.postMessage({ id, ...part, withoutWords: true } satisfies TrackRenderReply);
      },
    )
    .catch((error: unknown) => {
      scope.postMessage({ id, error: String(error) } satisfies TrackRenderReply);
    });
});
