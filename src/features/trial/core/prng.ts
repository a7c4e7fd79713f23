/**
 * A small seeded pseudo-random generator (mulberry32, public domain, by Tommy Ettinger): the
 * same seed gives the same sequence on every device, so a trial's plan can be rebuilt and
 * tested. Not for secrets; the seed itself comes from the caller.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
