export interface HiddenSessionResult {
  hiddenState: string;
  audioState: string;
  toneCount: number;
  stampCount: number;
  hiddenToneCount: number;
  visibleToneCount: number;
  cueMaxErrorMsVisible: number;
  cueMaxErrorMsHidden: number;
  peerTickTimerDriftMsHidden: number;
  startToFirstCueMs: number;
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
  afterMs?: number;
  log?: (line: string) => void;
}): Promise<HiddenSessionResult>;
