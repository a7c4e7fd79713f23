import type { SpokenForms } from '../core/voice-phrases';

/**
 * What the Chinese voice (eSpeak NG 1.52, cmn) says for each point: the names in characters,
 * without the channel and code (checked with `espeak-ng -v cmn -x`: 后溪 hòu xī, 落枕 luò zhěn,
 * 合谷 hé gǔ, 风池 fēng chí, 肩井 jiān jǐng). A native speaker still has to listen.
 */
export const voiceZhHans: SpokenForms = {
  points: {
    SI3: '后溪',
    'EX-UE8': '外劳宫，又称落枕',
    LI4: '合谷',
    GB20: '风池',
    GB21: '肩井',
  },
  respell: [],
};
