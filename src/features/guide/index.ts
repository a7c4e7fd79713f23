/** What other features may use of guide: its rules, data and models. Its screens load through routes. */
export { drawings, primaryAnchor, rightHand } from './core/illustrations';
export type { PointAnchor, Xy } from './core/illustrations';
export {
  defaultBreath,
  defaultHoldMs,
  findPoint,
  holdPresets,
  maxHoldMs,
  minHoldMs,
  otherSide,
  pointIds,
  points,
} from './core/points';
export type { HoldPreset, PointId, Side, Technique } from './core/points';
export {
  evidenceSources,
  minDetectableChange0to10,
  minImportantChange0to10,
  otherConditionSources,
  sources,
} from './core/sources';
export type { EvidenceStudy, OtherConditionStudy, SourceId } from './core/sources';
export { pointText } from './model/point-text';
