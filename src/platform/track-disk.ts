/**
 * The session's rendered parts on the device's disk, in the origin private file system (OPFS),
 * so that the parts rendered ahead for the lock screen's buttons cost the page no memory: a
 * Blob read from a file there is a handle to the file, not a copy of its bytes. iOS ends
 * background pages that hold much memory; up to seven parts are ready at once (the one playing,
 * Next, Previous, Ready, the paused position, "+30 s", the bed), 17 MB with words.
 *
 * The render worker writes each part (track-render.worker.ts); this module, on the page, removes
 * a part's file once nothing holds its Blob any more (the media element's Blob included, see
 * media-track.ts), and on start removes the files a page left behind when it was closed mid-way.
 */

/** The folder of rendered parts in the origin private file system. */
export const trackFolder = 'track-parts';

/** A part file older than this belongs to no session still running (a session is at most ~3 h). */
export const staleAfterMs = 6 * 60 * 60 * 1000;

/** Whether the file `lastModifiedMs` is one a closed page left behind, at `nowMs`. */
export const isStale = (lastModifiedMs: number, nowMs: number) =>
  nowMs - lastModifiedMs > staleAfterMs;

async function folder(): Promise<FileSystemDirectoryHandle | null> {
  if (!navigator.storage?.getDirectory) return null;
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(trackFolder, { create: true });
  } catch {
    // A private window of a browser that keeps no files there: parts stay in memory.
    return null;
  }
}

/** Removes one part's file (a file still open elsewhere, or gone already, stays as it is). */
async function remove(name: string): Promise<void> {
  const parts = await folder();
  await parts?.removeEntry(name).catch(() => {});
}

/** Removes each part's file when its Blob, the page's last handle to it, is collected. */
let collected: FinalizationRegistry<string> | null = null;

/** Hands the file `name` behind `part` to the page: removed when `part` is no longer held. */
export function adoptPartFile(part: Blob, name: string): void {
  collected ??= new FinalizationRegistry<string>((file) => void remove(file));
  collected.register(part, name);
}

/** Removes the part files of pages closed mid-session (none of this page's are stale). */
export async function removeStalePartFiles(nowMs: number): Promise<number> {
  const parts = await folder();
  if (!parts) return 0;
  let removed = 0;
  for await (const [name, handle] of parts.entries()) {
    if (handle.kind !== 'file') continue;
    // A file that cannot be read now (another tab writing it) is left for a later start.
    const file = await (handle as FileSystemFileHandle).getFile().catch(() => null);
    if (!file || !isStale(file.lastModified, nowMs)) continue;
    await parts.removeEntry(name).catch(() => {});
    removed += 1;
  }
  return removed;
}
