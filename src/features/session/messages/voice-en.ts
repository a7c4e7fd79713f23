import type { SpokenForms } from '../core/voice-phrases';

/**
 * What the English voice (Flite, `slt`) says for each point: the pinyin names respelled so that
 * it says them close to Mandarin (checked with `flite -ps`: "Hoe-shee" is hh ow sh iy; "Houxi"
 * would be hh k s iy). Luozhen is said by the name the neck routine knows it by.
 */
export const voiceEn: SpokenForms = {
  points: {
    SI3: 'Hoe-shee',
    'EX-UE8': 'Luo-jen, the stiff neck point',
    LI4: 'Huh-goo',
    GB20: 'Fung-chee',
    GB21: 'Jee-en-jing',
  },
  respell: [],
};
