import type { MotionAccess, MotionSensor } from '../features/turn/ports';
import type { MotionSample } from '../features/turn/core/motion';

interface PermissionAsking {
  requestPermission?: () => Promise<'granted' | 'denied'>;
}

/**
 * The motion sensors through DeviceMotionEvent: rotation rate (degrees per second) and
 * acceleration including gravity, as the browser fires them (about 60 a second). iOS asks the
 * person first (DeviceMotionEvent.requestPermission, which must be called inside a tap).
 */
export function createDeviceMotion(target: Window = window): MotionSensor {
  return {
    async requestAccess(): Promise<MotionAccess> {
      const Event = (target as Window & { DeviceMotionEvent?: PermissionAsking }).DeviceMotionEvent;
      if (!Event) return 'unsupported';
      if (typeof Event.requestPermission !== 'function') return 'granted';
      try {
        return (await Event.requestPermission()) === 'granted' ? 'granted' : 'denied';
      } catch {
        return 'denied';
      }
    },
    listen(onSample) {
      const handle = (event: DeviceMotionEvent) => {
        const r = event.rotationRate;
        const a = event.accelerationIncludingGravity;
        const sample: MotionSample = {
          atMs: event.timeStamp,
          rotationRate:
            r && r.alpha !== null && r.beta !== null && r.gamma !== null
              ? { alpha: r.alpha, beta: r.beta, gamma: r.gamma }
              : null,
          accelerationIncludingGravity:
            a && a.x !== null && a.y !== null && a.z !== null ? { x: a.x, y: a.y, z: a.z } : null,
        };
        onSample(sample);
      };
      target.addEventListener('devicemotion', handle);
      return () => target.removeEventListener('devicemotion', handle);
    },
  };
}
