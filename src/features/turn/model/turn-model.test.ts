import { describe, expect, it } from 'vitest';
import type { MotionSample } from '../core/motion';
import type { MotionAccess, MotionSensor } from '../ports';
import { createTurnTest, type TurnPhase } from './turn-model';

/** A fake sensor at the port: the test hands it readings. */
function fakeSensor(access: MotionAccess = 'granted') {
  let listener: ((sample: MotionSample) => void) | null = null;
  let stops = 0;
  const sensor: MotionSensor = {
    requestAccess: () => Promise.resolve(access),
    listen(onSample) {
      listener = onSample;
      return () => {
        listener = null;
        stops += 1;
      };
    },
  };
  return {
    sensor,
    feed: (sample: MotionSample) => listener?.(sample),
    isListening: () => listener !== null,
    stops: () => stops,
  };
}

/** Readings 60 a second of a phone flat on the head turning at these rates (°/s). */
function readings(rates: readonly number[], fromMs = 0): MotionSample[] {
  return rates.map((rate, i) => ({
    atMs: fromMs + Math.round((i * 1000) / 60),
    rotationRate: { alpha: rate, beta: 0, gamma: 0 },
    accelerationIncludingGravity: { x: 0, y: 0, z: 9.81 },
  }));
}
const still = (n: number) => Array<number>(n).fill(0);
const turn = (deg: number, n: number) => Array<number>(n).fill((deg * 60) / n);

const noTimer = () => () => undefined;

describe('the turn test model', () => {
  it('prompts through the steps as the head moves, then gives each side and lets the sensors go', async () => {
    const fake = fakeSensor();
    const heard: unknown[] = [];
    const model = createTurnTest(fake.sensor, noTimer, undefined, (result) => heard.push(result));
    await model.start();
    const seen: TurnPhase[] = [];
    const rates = [
      ...still(120),
      ...turn(52, 60),
      ...still(90),
      ...turn(-52, 60),
      ...still(90),
      ...turn(-38, 60),
      ...still(90),
      ...turn(38, 60),
      ...still(120),
    ];
    for (const sample of readings(rates)) {
      fake.feed(sample);
      if (seen.at(-1) !== model.phase.value) seen.push(model.phase.value);
    }
    expect(seen).toEqual(['rest', 'left', 'middle', 'right', 'back', 'done']);
    expect(model.result.value).toEqual({
      left: { degrees: 52, atLeast: false },
      right: { degrees: 38, atLeast: false },
    });
    // The result is handed on once, to be kept.
    expect(heard).toEqual([model.result.value]);
    expect(fake.isListening()).toBe(false);
  });

  it('does not start without access, and says why', async () => {
    for (const access of ['denied', 'unsupported'] as const) {
      const fake = fakeSensor(access);
      const model = createTurnTest(fake.sensor, noTimer);
      await model.start();
      expect(model.phase.value).toBe(access);
      expect(fake.isListening()).toBe(false);
    }
  });

  it('says so when the device gives no readings, and lets go', async () => {
    const fake = fakeSensor();
    let fire = () => undefined as void;
    const model = createTurnTest(fake.sensor, (_ms, fn) => {
      fire = fn;
      return () => undefined;
    });
    await model.start();
    expect(fake.isListening()).toBe(true);
    fire();
    expect(model.phase.value).toBe('no-readings');
    expect(fake.isListening()).toBe(false);
  });

  it('stops at once, releasing the sensors, and gives no result', async () => {
    const fake = fakeSensor();
    const heard: unknown[] = [];
    const model = createTurnTest(fake.sensor, noTimer, undefined, (result) => heard.push(result));
    await model.start();
    for (const sample of readings([...still(120), ...turn(30, 30)])) fake.feed(sample);
    model.stop();
    expect(model.phase.value).toBe('stopped');
    expect(fake.isListening()).toBe(false);
    expect(model.result.value).toBeNull();
    expect(heard).toEqual([]);
  });
});
