#!/usr/bin/env node
// Renders every spoken phrase of the track, in every language, into the committed voice banks.
// Run by hand when a cue message or a spoken form changes (never in CI):
//
//     node scripts/render-voice/render.mjs            # all languages
//     node scripts/render-voice/render.mjs en es      # some
//
// It needs Debian's apt-get and dpkg-deb, ffmpeg and npm. The synthesizers go into a temporary
// folder and are removed after: nothing enters package.json, the lock file or the licence list.
// - English: Flite 2.2 with the `slt` voice (Debian main; CMU's permissive licence).
// - Spanish: SVOX Pico es-ES (Debian non-free: Apache-2.0, voice data without source). The
//   non-free component is added to a private apt source list for this script only.
// - Chinese: eSpeak NG 1.52 `cmn` (npm espeak-ng 1.0.2, GPL-3.0-or-later, used as a tool; the
//   audio it renders is not covered by its licence). Debian bookworm's 1.51 reads Mandarin tone
//   digits aloud in English.
// Each clip is trimmed and resampled to 16,000 Hz; each language's whole set is measured once
// (EBU R128) and given one gain to `targetLufs` and the same peak limiter; then encoded as IMA
// ADPCM (src/features/session/core/voice-adpcm.ts). Writes public/voice/<locale>.adpcm, the index
// src/features/session/core/voice-bank-index.ts, and a listening page out-voice-listen/index.html
// with every clip (decoded from the bank, as the app plays it) and its words.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const targetLufs = -16;
/** The limiter's ceiling: −2 dBFS. */
const limit = 0.794;
const sampleRate = 16_000;
const locales = ['en', 'es', 'zh-Hans'];
/** Named by its content, so that the service worker's cache never serves an old one. */
const fileOf = (locale, bytes) =>
  `voice/${locale.toLowerCase()}-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.adpcm`;

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : locales;
const run = (command, args, options = {}) =>
  execFileSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
    ...options,
  });

const tmp = mkdtempSync(join(tmpdir(), 'acupress-voice-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const say = (line) => process.stdout.write(`${line}\n`);

/** Debian's own mirror and suite, read from the system's sources, with non-free added. */
function debianSource() {
  const texts = [];
  for (const dir of ['/etc/apt/sources.list.d']) {
    if (existsSync(dir))
      for (const f of readdirSync(dir)) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  if (existsSync('/etc/apt/sources.list'))
    texts.push(readFileSync('/etc/apt/sources.list', 'utf8'));
  for (const text of texts) {
    const deb822 = /URIs:\s*(\S+)\s*\nSuites:\s*(\S+)/m.exec(text);
    if (deb822 && !deb822[1].includes('security')) return { uri: deb822[1], suite: deb822[2] };
    const line = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s+main/m.exec(text);
    if (line && !line[1].includes('security')) return { uri: line[1], suite: line[2] };
  }
  throw new Error('No Debian source found in the apt sources.');
}

/** Flite and SVOX Pico, unpacked (not installed) into the temporary folder. */
function installDebianEngines() {
  const { uri, suite } = debianSource();
  const apt = join(tmp, 'apt');
  mkdirSync(join(apt, 'lists', 'partial'), { recursive: true });
  mkdirSync(join(apt, 'cache', 'archives', 'partial'), { recursive: true });
  writeFileSync(
    join(apt, 'sources.list'),
    `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${uri} ${suite} main non-free\n`,
  );
  const options = [
    `-o=Dir::Etc::SourceList=${join(apt, 'sources.list')}`,
    '-o=Dir::Etc::SourceParts=/dev/null',
    `-o=Dir::State::Lists=${join(apt, 'lists')}`,
    `-o=Dir::Cache=${join(apt, 'cache')}`,
    '-o=Debug::NoLocking=1',
    '-o=APT::Sandbox::User=root',
  ];
  run('apt-get', [...options, 'update']);
  const debs = join(tmp, 'debs');
  mkdirSync(debs);
  const packages = [
    'flite',
    'libflite1',
    'libttspico-utils',
    'libttspico0',
    'libttspico-data',
    'libpopt0',
  ];
  run('apt-get', [...options, 'download', ...packages], { cwd: debs });
  const unpacked = join(tmp, 'root');
  for (const deb of readdirSync(debs)) run('dpkg-deb', ['-x', join(debs, deb), unpacked]);
  const versions = Object.fromEntries(readdirSync(debs).map((deb) => deb.split('_').slice(0, 2)));
  // pico2wave reads its voices from a fixed path: point a same-length copy of it at ours.
  const fixed = '/usr/share/pico/lang/';
  // mkdtemp adds 6 characters; the path with its slash must be as long as the fixed one.
  const pad = fixed.length - 1 - 6 - join(tmpdir(), 'p').length;
  if (pad < 0) throw new Error(`Set TMPDIR to a folder of at most ${fixed.length - 9} characters.`);
  const lang = mkdtempSync(join(tmpdir(), `p${'x'.repeat(pad)}`));
  process.on('exit', () => rmSync(lang, { recursive: true, force: true }));
  const voices = join(unpacked, 'usr/share/pico/lang');
  for (const file of readdirSync(voices)) symlinkSync(join(voices, file), join(lang, file));
  const binary = readFileSync(join(unpacked, 'usr/bin/pico2wave'));
  const at = binary.indexOf(fixed);
  if (at < 0) throw new Error('pico2wave: voice path not found');
  binary.write(`${lang}/`, at, 'latin1');
  const pico = join(tmp, 'pico2wave');
  writeFileSync(pico, binary, { mode: 0o755 });
  const env = { ...process.env, LD_LIBRARY_PATH: join(unpacked, 'usr/lib/x86_64-linux-gnu') };
  return {
    versions,
    flite: (text, out) =>
      run(join(unpacked, 'usr/bin/flite_cmu_us_slt'), ['-t', text, '-o', out], { env }),
    pico: (text, out) => run(pico, ['-l', 'es-ES', '-w', out, text], { env }),
  };
}

/** eSpeak NG 1.52 from npm, into the temporary folder (never into package.json). */
async function installEspeak() {
  const prefix = join(tmp, 'npm');
  run('npm', [
    'install',
    '--prefix',
    prefix,
    '--no-audit',
    '--no-fund',
    '--no-save',
    'espeak-ng@1.0.2',
  ]);
  const { default: ESpeakNg } = await import(
    join(prefix, 'node_modules/espeak-ng/dist/espeak-ng.js')
  );
  let version = '';
  await ESpeakNg({ arguments: ['--version'], print: (line) => (version += line) });
  return {
    version: /eSpeak NG text-to-speech: (\S+)/.exec(version)?.[1] ?? 'unknown',
    espeak: async (text, out) => {
      const instance = await ESpeakNg({ arguments: ['-v', 'cmn', '-w', 'out.wav', text] });
      writeFileSync(out, instance.FS.readFile('out.wav'));
    },
  };
}

/** A synthesized file, trimmed of silence at both ends, at 16 kHz mono, as float samples. */
function trimmed(file) {
  const trim =
    'silenceremove=start_periods=1:start_threshold=-45dB:start_silence=0.01,areverse,' +
    'silenceremove=start_periods=1:start_threshold=-45dB:start_silence=0.03,areverse';
  const raw = run('ffmpeg', [
    '-v',
    'error',
    '-i',
    file,
    '-af',
    `${trim},aresample=${sampleRate}`,
    '-ac',
    '1',
    '-f',
    'f32le',
    '-',
  ]);
  return new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4).slice();
}

/** Integrated loudness (EBU R128) of float samples at 16 kHz. */
function loudness(samples) {
  const file = join(tmp, 'measure.f32');
  writeFileSync(file, new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength));
  const args = [
    '-hide_banner',
    '-nostats',
    '-f',
    'f32le',
    '-ar',
    `${sampleRate}`,
    '-ac',
    '1',
    '-i',
    file,
  ];
  const text = spawnSync(
    'ffmpeg',
    [...args, '-af', 'ebur128=framelog=verbose', '-f', 'null', '-'],
    {
      encoding: 'utf8',
    },
  ).stderr;
  const match = /Integrated loudness:\s*\n\s*I:\s*(-?[\d.]+) LUFS/.exec(text);
  if (!match) throw new Error(`No loudness in ffmpeg's output:\n${text}`);
  return Number(match[1]);
}

const concat = (clips, gapSamples) => {
  const total = clips.reduce((sum, clip) => sum + clip.length + gapSamples, 0);
  const all = new Float32Array(total);
  let at = 0;
  for (const clip of clips) {
    all.set(clip, at);
    at += clip.length + gapSamples;
  }
  return all;
};

/** One gain for the whole set, then a look-ahead peak limiter (5 ms attack, 80 ms release). */
function levelled(clip, gain) {
  const lookahead = Math.round(0.005 * sampleRate);
  const release = Math.exp(-1 / (0.08 * sampleRate));
  const wanted = new Float32Array(clip.length);
  for (let i = 0; i < clip.length; i += 1)
    wanted[i] = Math.min(1, limit / Math.max(1e-9, Math.abs(clip[i] * gain)));
  const out = new Int16Array(clip.length);
  let current = 1;
  for (let i = 0; i < clip.length; i += 1) {
    let target = 1;
    for (let j = i; j < Math.min(clip.length, i + lookahead); j += 1)
      target = Math.min(target, wanted[j]);
    current = target < current ? target : 1 - (1 - current) * release;
    current = Math.min(current, wanted[i]);
    // 5 ms fades at both ends, so that a clip never starts or stops with a click.
    const fade = Math.min(
      1,
      i / (0.005 * sampleRate),
      (clip.length - 1 - i) / (0.005 * sampleRate),
    );
    out[i] = Math.round(Math.max(-1, Math.min(1, clip[i] * gain * current * fade)) * 32767);
  }
  return out;
}

function wav(samples) {
  const bytes = Buffer.alloc(44 + samples.length * 2);
  bytes.write('RIFF', 0, 'ascii');
  bytes.writeUInt32LE(36 + samples.length * 2, 4);
  bytes.write('WAVEfmt ', 8, 'ascii');
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20);
  bytes.writeUInt16LE(1, 22);
  bytes.writeUInt32LE(sampleRate, 24);
  bytes.writeUInt32LE(sampleRate * 2, 28);
  bytes.writeUInt16LE(2, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write('data', 36, 'ascii');
  bytes.writeUInt32LE(samples.length * 2, 40);
  for (let i = 0; i < samples.length; i += 1) bytes.writeInt16LE(samples[i], 44 + i * 2);
  return bytes;
}

const { module: phrases } = await runnerImport(join(root, 'scripts/render-voice/phrase-list.ts'));
const { module: adpcm } = await runnerImport(
  join(root, 'src/features/session/core/voice-adpcm.ts'),
);
const indexFile = join(root, 'src/features/session/core/voice-bank-index.ts');
const { module: previous } = await runnerImport(indexFile).catch(() => ({
  module: { voiceBanks: {} },
}));

say('Installing the synthesizers into a temporary folder…');
const debian = installDebianEngines();
const espeak = wanted.includes('zh-Hans') ? await installEspeak() : null;
say(
  `flite ${debian.versions.flite}, pico ${debian.versions['libttspico-utils']}, espeak-ng ${espeak?.version ?? '-'}`,
);

const banks = { ...previous.voiceBanks };
const listen = join(root, 'out-voice-listen');
mkdirSync(listen, { recursive: true });
const rows = [];
for (const locale of locales.filter((l) => wanted.includes(l))) {
  const list = phrases.phraseList(locale);
  const engine = phrases.voiceEngines[locale];
  const clips = [];
  const started = performance.now();
  for (const [n, phrase] of list.entries()) {
    const out = join(tmp, `${locale}-${n}.wav`);
    if (engine.engine === 'flite') debian.flite(phrase.voiceText, out);
    else if (engine.engine === 'pico') debian.pico(phrase.voiceText, out);
    else await espeak.espeak(phrase.voiceText, out);
    clips.push(trimmed(out));
  }
  const cpuMs = (performance.now() - started) / list.length;
  // One gain for the whole set: a loudness meter measures a short clip badly.
  const measured = loudness(concat(clips, Math.round(0.3 * sampleRate)));
  // The limiter takes off a little where a voice has high peaks: correct the one gain for it.
  let gain = 10 ** ((targetLufs - measured) / 20);
  let levelledClips = [];
  let after = 0;
  for (let pass = 0; pass < 4; pass += 1) {
    levelledClips = clips.map((clip) => levelled(clip, gain));
    const asFloat = levelledClips.map((c) => Float32Array.from(c, (s) => s / 32768));
    after = loudness(concat(asFloat, Math.round(0.3 * sampleRate)));
    if (Math.abs(after - targetLufs) <= 0.2) break;
    gain *= 10 ** ((targetLufs - after) / 20);
  }
  const parts = [];
  const entries = {};
  let offset = 0;
  for (const [n, phrase] of list.entries()) {
    let samples = levelledClips[n];
    let encoded = adpcm.encodeAdpcm(samples, 0);
    let decoded = adpcm.decodeAdpcm(encoded);
    let peak = 0;
    for (const s of decoded) peak = Math.max(peak, Math.abs(s));
    // The 4-bit coding can overshoot a steep peak up to full scale (Spanish "Presión 5 de 10"
    // did): such a clip alone is made a little quieter until its coded peak is under 0.85.
    for (let pass = 0; pass < 4 && peak >= 0.85 * 32768; pass += 1) {
      const scale = (0.8 * 32768) / peak;
      samples = Int16Array.from(samples, (s) => Math.round(s * scale));
      encoded = adpcm.encodeAdpcm(samples, 0);
      decoded = adpcm.decodeAdpcm(encoded);
      peak = 0;
      for (const s of decoded) peak = Math.max(peak, Math.abs(s));
    }
    entries[phrase.id] = {
      offset,
      bytes: encoded.bytes.length,
      samples: encoded.samples,
      stepIndex: encoded.stepIndex,
      peak,
      hash: phrase.hash,
      text: phrase.text,
    };
    parts.push(encoded.bytes);
    offset += encoded.bytes.length;
    const name = `${locale}-${String(n).padStart(2, '0')}.wav`;
    writeFileSync(join(listen, name), wav(decoded));
    rows.push({
      locale,
      id: phrase.id,
      text: phrase.text,
      voiceText: phrase.voiceText,
      ms: Math.round((samples.length / sampleRate) * 1000),
      name,
    });
  }
  const bank = Buffer.concat(parts);
  const voiceDir = join(root, 'public/voice');
  mkdirSync(voiceDir, { recursive: true });
  for (const old of readdirSync(voiceDir)) {
    if (old.startsWith(`${locale.toLowerCase()}-`) || old === `${locale.toLowerCase()}.adpcm`)
      rmSync(join(voiceDir, old));
  }
  writeFileSync(join(root, 'public', fileOf(locale, bank)), bank);
  banks[locale] = {
    file: fileOf(locale, bank),
    bytes: bank.length,
    sampleRate,
    engine: `${engine.package}, voice ${engine.voice}`,
    measuredLufs: measured,
    gainDb: Math.round(20 * Math.log10(gain) * 100) / 100,
    loudnessLufs: after,
    clips: entries,
  };
  say(
    `${locale}: ${list.length} clips, ${(bank.length / 1024).toFixed(0)} KB, ${measured} LUFS measured, ${after} LUFS after, ${cpuMs.toFixed(0)} ms a phrase`,
  );
}

const source = `// Written by scripts/render-voice/render.mjs: do not edit. The voice banks' index: for each
// language, where each phrase's clip is in public/<file>, its text hash and levels.
import type { VoiceBanks } from './voice-bank';

export const voiceBanks: VoiceBanks = ${JSON.stringify(banks, null, 2)};
`;
writeFileSync(indexFile, source);
run('npx', ['prettier', '--write', indexFile], { cwd: root });

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
writeFileSync(
  join(listen, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Acupress voice clips</title>
<style>body{font:16px system-ui;margin:2rem}td{padding:.3rem .6rem;border-bottom:1px solid #ddd}</style>
<h1>Every spoken clip, as the app plays it</h1>
<p>Listen to each: is it the text, said clearly and calmly? Spanish and Chinese need a native speaker's ear.</p>
<table><tr><th>lang</th><th>phrase</th><th>words</th><th>voice reads</th><th>ms</th><th>clip</th></tr>
${rows.map((r) => `<tr><td>${r.locale}</td><td>${r.id}</td><td lang="${r.locale}">${escape(r.text)}</td><td>${escape(r.voiceText)}</td><td>${r.ms}</td><td><audio controls preload="none" src="${r.name}"></audio></td></tr>`).join('\n')}
</table>`,
);
say(`Listening page: out-voice-listen/index.html`);
