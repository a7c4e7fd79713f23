/**
 * The output tap that the timing bench and the locked-player browser test both put behind the
 * session's sound: an AudioWorklet that runs on the audio thread and posts the frame of every
 * onset (sound after at least 50 ms of silence). Nothing of this is in the app.
 */
export const outputTapScript = `
class Tap extends AudioWorkletProcessor {
  constructor() { super(); this.quietFrames = 1e9; }
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      for (let i = 0; i < channel.length; i += 1) {
        if (Math.abs(channel[i]) > 0.002) {
          if (this.quietFrames > sampleRate * 0.05) this.port.postMessage(currentFrame + i);
          this.quietFrames = 0;
        } else {
          this.quietFrames += 1;
        }
      }
    }
    return true;
  }
}
registerProcessor('output-tap', Tap);
`;
