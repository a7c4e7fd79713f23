import type { SpokenForms } from '../core/voice-phrases';

/**
 * What the Spanish voice (SVOX Pico, es-ES) says for each point: the pinyin names in Spanish
 * spelling (j for the Mandarin h, ch for zh, j and q). A native speaker still has to listen.
 */
export const voiceEs: SpokenForms = {
  points: {
    SI3: 'Jou-si',
    'EX-UE8': 'Luo-chen, el punto del cuello rígido',
    LI4: 'Je-gu',
    GB20: 'Feng-chi',
    GB21: 'Chien-ching',
  },
  respell: [],
};
