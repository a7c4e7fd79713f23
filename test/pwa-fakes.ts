import type { InstallPrompter, AppUpdater } from '../src/features/pwa/ports';

/** A service worker stand-in: the test says when a new version is waiting. */
export class FakeUpdater implements AppUpdater {
  checks = 0;
  activations = 0;
  private listeners: (() => void)[] = [];

  onUpdateReady(listener: () => void): void {
    this.listeners.push(listener);
  }
  async checkForUpdate(): Promise<void> {
    this.checks += 1;
  }
  activateUpdate(): void {
    this.activations += 1;
  }
  /** A new version has installed and waits. */
  publishUpdate(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The browser's install dialog, answered by the test. */
export class FakeInstallPrompter implements InstallPrompter {
  prompts = 0;
  answer: 'accepted' | 'dismissed' = 'accepted';
  private installable: ((value: boolean) => void)[] = [];
  private installed: (() => void)[] = [];
  private offered = false;

  constructor(private readonly runsInstalled = false) {}

  onInstallableChange(listener: (isInstallable: boolean) => void): void {
    this.installable.push(listener);
    listener(this.offered);
  }
  onInstalled(listener: () => void): void {
    this.installed.push(listener);
  }
  isInstalled(): boolean {
    return this.runsInstalled;
  }
  async promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
    if (!this.offered) return 'unavailable';
    this.prompts += 1;
    this.setOffered(false);
    return this.answer;
  }
  /** The browser fires beforeinstallprompt. */
  offer(): void {
    this.setOffered(true);
  }
  /** The user installed the app from the browser's own menu. */
  installFromMenu(): void {
    for (const listener of this.installed) listener();
  }
  private setOffered(value: boolean): void {
    this.offered = value;
    for (const listener of this.installable) listener(value);
  }
}
