/// <reference types="node" />
// The hands the camera-mode unit tests look at: one drawn by hand, and the reference landmarks of
// the photo and video fixtures in test/fixtures/hands (see its README for where they come from).
import { readFileSync } from 'node:fs';
import type { Point2 } from '../src/features/camera/core/hand-points';

const fixtures = new URL('./fixtures/hands/', import.meta.url);

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as T;
}

/** Landmarks as points; a missing coordinate becomes NaN, which fails any comparison. */
export function toPoints(hand: readonly (readonly number[])[]): Point2[] {
  return hand.map(([x, y]) => ({ x: x ?? NaN, y: y ?? NaN }));
}

/** A right hand seen from the back, fingers up, as a camera takes it (thumb on the image's left). */
export const rightBack: Point2[] = toPoints([
  [200, 400],
  [150, 360],
  [120, 320],
  [100, 280],
  [90, 250],
  [160, 250],
  [155, 190],
  [152, 150],
  [150, 115],
  [200, 240],
  [200, 170],
  [200, 125],
  [200, 90],
  [240, 248],
  [245, 185],
  [248, 145],
  [250, 112],
  [275, 262],
  [285, 210],
  [290, 180],
  [295, 155],
]);

/** hands.jpg's two hands (the backs of two left hands), 21 reference landmarks each, in pixels. */
export function photoHands(): Point2[][] {
  return readJson<{ hands: [number, number][][] }>('reference-landmarks.json').hands.map(toPoints);
}

/** The signing video's reference landmarks: one hand of 21 landmarks per frame, in pixels. */
export function videoHands(): Point2[][] {
  return readJson<[number, number, number][][]>('asl_hand.full.json').map(toPoints);
}
