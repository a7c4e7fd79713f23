import { canonicalBasis } from './canonical-face';

/**
 * Head yaw from face landmarks: the rotation that best carries MediaPipe's canonical face onto
 * the landmarks found in a frame (weighted least squares with scale, Horn's closed form with
 * unit quaternions: B. K. P. Horn, "Closed-form solution of absolute orientation using unit
 * quaternions", J. Opt. Soc. Am. A 4(4), 1987), on the 33 landmarks and weights that MediaPipe's
 * own face geometry uses. Pure: numbers in, degrees out.
 */

/** One face landmark as MediaPipe gives it: x, y in [0, 1] of the frame (y down), z in x's scale (smaller is nearer). */
export interface FaceLandmark {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

type Vec3 = readonly [number, number, number];
type Mat3 = readonly [Vec3, Vec3, Vec3];
type Vec6 = [number, number, number, number, number, number];

/** The landmarks the fit needs (the highest index it reads, plus one). */
export const landmarksNeeded = Math.max(...canonicalBasis.map(([id]) => id)) + 1;

/** Eigenvector of the largest eigenvalue of a symmetric 4×4 matrix (row-major, 16 numbers; cyclic Jacobi rotations). */
function topEigenvector(matrix: readonly number[]): [number, number, number, number] {
  const a = Float64Array.from(matrix);
  const v = Float64Array.from([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  const get = (m: Float64Array, r: number, c: number): number => m[4 * r + c] ?? 0;
  const set = (m: Float64Array, r: number, c: number, value: number) => {
    m[4 * r + c] = value;
  };
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < 4; p++) for (let q = p + 1; q < 4; q++) off += get(a, p, q) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < 4; p++) {
      for (let q = p + 1; q < 4; q++) {
        const apq = get(a, p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (get(a, q, q) - get(a, p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 4; k++) {
          const [akp, akq] = [get(a, k, p), get(a, k, q)];
          set(a, k, p, c * akp - s * akq);
          set(a, k, q, s * akp + c * akq);
        }
        for (let k = 0; k < 4; k++) {
          const [apk, aqk] = [get(a, p, k), get(a, q, k)];
          set(a, p, k, c * apk - s * aqk);
          set(a, q, k, s * apk + c * aqk);
        }
        for (let k = 0; k < 4; k++) {
          const [vkp, vkq] = [get(v, k, p), get(v, k, q)];
          set(v, k, p, c * vkp - s * vkq);
          set(v, k, q, s * vkp + c * vkq);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if (get(a, i, i) > get(a, best, best)) best = i;
  return [get(v, 0, best), get(v, 1, best), get(v, 2, best), get(v, 3, best)];
}

/**
 * The rotation (rows of a 3×3 matrix) that carries the canonical face onto `points` (one per
 * basis landmark, x right, y up, z toward the camera, any one unit), least squares, weighted.
 */
export function fitRotation(points: readonly Vec3[]): Mat3 {
  let total = 0;
  let [mx, my, mz, px, py, pz] = [0, 0, 0, 0, 0, 0];
  canonicalBasis.forEach(([, , w, x, y, z], i) => {
    const [a, b, c] = points[i] ?? [0, 0, 0];
    total += w;
    [mx, my, mz] = [mx + w * x, my + w * y, mz + w * z];
    [px, py, pz] = [px + w * a, py + w * b, pz + w * c];
  });
  [mx, my, mz, px, py, pz] = [mx, my, mz, px, py, pz].map((v) => v / total) as Vec6;
  // S = Σ w (model − its centre)(seen − its centre)ᵀ
  let [sxx, sxy, sxz, syx, syy, syz, szx, szy, szz] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  canonicalBasis.forEach(([, , w, x, y, z], i) => {
    const [a, b, c] = points[i] ?? [0, 0, 0];
    const [ax, ay, az] = [x - mx, y - my, z - mz];
    const [bx, by, bz] = [a - px, b - py, c - pz];
    sxx += w * ax * bx;
    sxy += w * ax * by;
    sxz += w * ax * bz;
    syx += w * ay * bx;
    syy += w * ay * by;
    syz += w * ay * bz;
    szx += w * az * bx;
    szy += w * az * by;
    szz += w * az * bz;
  });
  const n = [
    ...[sxx + syy + szz, syz - szy, szx - sxz, sxy - syx],
    ...[syz - szy, sxx - syy - szz, sxy + syx, szx + sxz],
    ...[szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy],
    ...[sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz],
  ];
  const [q0, qx, qy, qz] = topEigenvector(n);
  return [
    [q0 * q0 + qx * qx - qy * qy - qz * qz, 2 * (qx * qy - q0 * qz), 2 * (qx * qz + q0 * qy)],
    [2 * (qy * qx + q0 * qz), q0 * q0 - qx * qx + qy * qy - qz * qz, 2 * (qy * qz - q0 * qx)],
    [2 * (qz * qx - q0 * qy), 2 * (qz * qy + q0 * qx), q0 * q0 - qx * qx - qy * qy + qz * qz],
  ];
}

/**
 * Yaw of a rotation taken as yaw · pitch · roll (yaw about the vertical axis last), in degrees:
 * positive when the face turns toward its own left (its nose toward the right of an unmirrored
 * camera picture).
 */
export function yawOf(rotation: Mat3): number {
  return (Math.atan2(rotation[0][2], rotation[2][2]) * 180) / Math.PI;
}

/** The camera frame's size in pixels. */
export interface CameraGeometry {
  readonly width: number;
  readonly height: number;
}

/**
 * The head's yaw in degrees (positive: turned to the person's own left), from one frame's face
 * landmarks (unmirrored frame), or null with too few landmarks. No correction for where the face
 * sits in the picture: on the fixture, taking off the angle at which the camera sees a face off
 * the middle made the error larger, not smaller (bench/turn.mjs).
 */
export function headYawDeg(
  landmarks: readonly FaceLandmark[],
  camera: CameraGeometry,
): number | null {
  if (landmarks.length < landmarksNeeded) return null;
  const points: Vec3[] = canonicalBasis.map(([id]) => {
    const p = landmarks[id]!;
    return [p.x * camera.width, -p.y * camera.height, -p.z * camera.width];
  });
  if (points.some((p) => p.some((v) => !Number.isFinite(v)))) return null;
  return yawOf(fitRotation(points));
}
