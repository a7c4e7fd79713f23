import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalBasis } from './canonical-face';
import { headYawDeg, landmarksNeeded, type FaceLandmark } from './head-pose';

const camera = { width: 640, height: 480 };
const rad = Math.PI / 180;

/**
 * The canonical face turned by yaw · pitch · roll and seen by a camera with no perspective, as
 * MediaPipe's landmarks would place it: x, y in [0, 1] of the frame (y down), z in x's scale.
 * Landmarks outside the fit's basis are left at the middle of the frame.
 */
function seenFace(
  yawDeg: number,
  pitchDeg = 0,
  rollDeg = 0,
  { scale = 15, at = [320, 240] as readonly [number, number] } = {},
): FaceLandmark[] {
  const [cy, sy] = [Math.cos(yawDeg * rad), Math.sin(yawDeg * rad)];
  const [cp, sp] = [Math.cos(pitchDeg * rad), Math.sin(pitchDeg * rad)];
  const [cr, sr] = [Math.cos(rollDeg * rad), Math.sin(rollDeg * rad)];
  const landmarks: FaceLandmark[] = Array.from({ length: 468 }, () => ({ x: 0.5, y: 0.5, z: 0 }));
  for (const [id, , , x, y, z] of canonicalBasis) {
    // roll (z), then pitch (x), then yaw (y)
    const [x1, y1, z1] = [cr * x - sr * y, sr * x + cr * y, z];
    const [x2, y2, z2] = [x1, cp * y1 - sp * z1, sp * y1 + cp * z1];
    const [x3, y3, z3] = [cy * x2 + sy * z2, y2, -sy * x2 + cy * z2];
    landmarks[id] = {
      x: (at[0] + scale * x3) / camera.width,
      y: (at[1] - scale * y3) / camera.height,
      z: (-scale * z3) / camera.width,
    };
  }
  return landmarks;
}

/** The same face in a mirror: the picture flipped left to right, each landmark now its mirror image's. */
function mirrored(landmarks: readonly FaceLandmark[]): FaceLandmark[] {
  const out = [...landmarks];
  for (const [id, mirror] of canonicalBasis) {
    const p = landmarks[mirror]!;
    out[id] = { x: 1 - p.x, y: p.y, z: p.z };
  }
  return out;
}

describe('headYawDeg', () => {
  it('reads back the yaw the face was turned by, whatever its nod, tilt, size and place', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: 5, max: 40, noNaN: true }),
        fc.tuple(fc.integer({ min: 150, max: 490 }), fc.integer({ min: 120, max: 360 })),
        (yaw, pitch, roll, scale, at) => {
          const read = headYawDeg(seenFace(yaw, pitch, roll, { scale, at }), camera);
          expect(read).not.toBeNull();
          expect(read!).toBeCloseTo(yaw, 6);
        },
      ),
    );
  });

  it('reads a turn to the person’s left (nose to the right of the picture) as positive', () => {
    const face = seenFace(30);
    const noseTip = face[4]!;
    const between = face[6]!;
    expect(noseTip.x).toBeGreaterThan(0.5);
    expect(noseTip.z).toBeLessThan(between.z);
    expect(headYawDeg(face, camera)!).toBeCloseTo(30, 6);
  });

  it('mirroring the face mirrors the sides', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (yaw, pitch, roll) => {
          const face = seenFace(yaw, pitch, roll);
          const read = headYawDeg(face, camera)!;
          const readMirrored = headYawDeg(mirrored(face), camera)!;
          expect(readMirrored).toBeCloseTo(-read, 6);
        },
      ),
    );
  });

  it('gives nothing for too few landmarks or ones that are not numbers', () => {
    expect(headYawDeg(seenFace(10).slice(0, landmarksNeeded - 1), camera)).toBeNull();
    const broken = seenFace(10);
    broken[4] = { x: NaN, y: 0.5, z: 0 };
    expect(headYawDeg(broken, camera)).toBeNull();
  });
});
