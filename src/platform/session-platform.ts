import type { SessionPlatform } from '../app/session-ports';

export function createSessionPlatform(): SessionPlatform {
  throw new Error('The session platform is being built.');
}
