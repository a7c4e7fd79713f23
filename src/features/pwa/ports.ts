/** What the offline and install feature needs from the browser. */
export interface InstallPrompter {
  /** Tells whether the browser now offers its install dialog (Chromium's beforeinstallprompt). */
  onInstallableChange(listener: (isInstallable: boolean) => void): void;
  /** Calls `listener` when the app has been installed. */
  onInstalled(listener: () => void): void;
  /** Whether the app already runs installed (standalone). */
  isInstalled(): boolean;
  /** Shows the browser's install dialog. */
  promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'>;
}

export interface AppUpdater {
  /** Calls `listener` once a new version has installed and is waiting. */
  onUpdateReady(listener: () => void): void;
  /** Asks for a newer version now. Resolves quietly when there is none or the network is off. */
  checkForUpdate(): Promise<void>;
  /** Lets the waiting version take over, then reloads the page. */
  activateUpdate(): void;
}
