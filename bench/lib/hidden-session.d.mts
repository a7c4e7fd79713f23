export interface HiddenSessionResult {
  hiddenState: string;
  audioState: string;
  toneCount: number;
  plannedCount: number;
  missedCount: number;
  stampCount: number;
  hiddenToneCount: number;
  visibleToneCount: number;
  cueMaxErrorMsVisible: number;
  cueMaxErrorMsHidden: number;
  recordedHiddenDueCount: number;
  recordedHiddenHeardCount: number;
  recordedCueMaxErrorMsHidden: number;
  blockDueCount: number;
  blockHeardCount: number;
  cueHeardRatioMainBlocked: number;
  cueMaxErrorMsBlocked: number;
  tapBlockDueCount: number;
  tapBlockHeardCount: number;
  tapCueMaxErrorMsBlocked: number;
  recordedOnsetCount: number;
  recordedMs: number;
  peerTickTimerDriftMsHidden: number;
  startToFirstCueMs: number;
  phaseDriftMs: string;
  mediaDriftMsHidden: number;
  mediaDriftMsBlocked: number;
  frameScriptMsP95: number;
  frameMainThreadMsMean: number;
  frameCount: number;
  worstVisible: string;
  worstHidden: string;
}
export function runHiddenSession(options: {
  baseUrl: string;
  holdSeconds: number;
  visibleMs: number;
  hiddenMs: number;
  blockMs?: number;
  afterMs?: number;
  log?: (line: string) => void;
}): Promise<HiddenSessionResult>;
export interface TrackStartResult {
  sessionMs: number;
  mainThreadMs: number;
  scriptMs: number;
  trackScriptMs: number;
  trackBytes: number;
  trackMbPerMin: number;
  trackDurationMs: number;
  sampleRate: number;
  plannedCount: number;
  missed: number;
  onsetMaxErrorMs: number;
}
export function measureTrackStart(options: {
  baseUrl: string;
  holdSeconds?: number;
}): Promise<TrackStartResult>;
export function measureUncuedStart(options: {
  baseUrl: string;
  holdSeconds?: number;
}): Promise<number>;
export function measureHomeStart(options: {
  baseUrl: string;
  holdSeconds?: number;
}): Promise<number>;
export function startChromium(): Promise<{
  browser: import('@playwright/test').Browser;
  close(): Promise<void>;
}>;
