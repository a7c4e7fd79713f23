import { describe, expect, it } from 'vitest';
import { pauseClock } from '../core/session-clock';
import { parsePlayLog, playLogKey } from '../core/play-log';
import { createTestCore } from '../../../../test/session-core-fakes';
import { createToneSound } from './tone-sound';
import { createSoundWatch } from './sound-watch';

function setup() {
  const test = createTestCore();
  test.core.sound = createToneSound(test.core);
  const watch = createSoundWatch(test.core);
  watch.begin(1_700_000_000_000);
  const log = () => parsePlayLog(test.settings.read(playLogKey));
  return { ...test, watch, log };
}

describe('the sound watch', () => {
  it('logs a session as running, then as finished', () => {
    const { watch, log } = setup();
    expect(log()[0]).toMatchObject({ outcome: 'running', wasHidden: false });
    watch.finish(true, 90_000);
    expect(log()).toHaveLength(1);
    expect(log()[0]).toMatchObject({ outcome: 'finished', atMs: 90_000 });
  });

  it('says the 5-minute cap stopped the sound, with where it was', () => {
    const { core, fake, watch, log } = setup();
    fake.run(12_000);
    core.clock.value = pauseClock(core.clock.value!, core.now());
    watch.bedEnded('pause');
    expect(watch.stopped.value).toEqual({ reason: 'pause', atMs: 12_000, stepIndex: 0 });
    expect(log()[0]?.outcome).toBe('stopped');
    // Gone on from there and then hidden or ended: the log keeps where the sound stopped.
    watch.clearIfSounding();
    watch.hidden();
    watch.finish(false, 20_000);
    expect(log()[0]).toMatchObject({ outcome: 'stopped', atMs: 12_000 });
  });

  it('says a stop from outside while hidden only when the page shows again', () => {
    const { core, fake, watch } = setup();
    fake.run(5_000);
    watch.hidden();
    watch.stoppedFromOutside();
    core.clock.value = pauseClock(core.clock.value!, core.now());
    expect(watch.stopped.value).toBeNull();
    fake.run(30_000);
    watch.visible();
    expect(watch.stopped.value).toMatchObject({ reason: 'outside', atMs: 5_000 });
  });

  it('finds a silent stall by the wall clock on return, and clears once the sound plays', () => {
    const { core, fake, watch } = setup();
    fake.run(5_000);
    watch.hidden();
    // The clock's origin moved as if the sound stood still for 20 s (a starved element).
    fake.run(20_000);
    core.clock.value = { ...core.clock.value!, originMs: core.clock.value!.originMs + 20_000 };
    watch.visible();
    expect(watch.stopped.value).toMatchObject({ reason: 'outside', atMs: 5_000 });
    watch.clearIfSounding();
    expect(watch.stopped.value).toBeNull();
  });

  it('says nothing when the sound kept time while hidden', () => {
    const { fake, watch } = setup();
    watch.hidden();
    fake.run(30_000);
    watch.visible();
    expect(watch.stopped.value).toBeNull();
  });
});
