import type { Locale } from '../src/i18n/i18n';

/**
 * The wording check (clinical.md, "What the evidence says, and how to speak"): no user-facing
 * string may claim that the routine cures, treats, heals, relieves, eases or soothes a condition
 * (in a store listing such a claim makes an app a medical device: EU MDR Art. 2(1), FDA
 * general-wellness guidance). Two things
 * are not claims: a sentence that quotes or reports the article and says so ("The article
 * says …"), and a disclaimer that says the app is NOT a diagnosis or treatment.
 */
const claimWords: Readonly<Record<Locale, RegExp>> = {
  en: /\b(cur(e|es|ed|ing|ative)|treat(s|ed|ing|ment|ments)?|heal(s|ed|ing)?|reliev(e|es|ed|ing)|relief|remed(y|ies)|eas(e|es|ed|ing)|sooth(e|es|ed|ing))\b/giu,
  // "trata de" (it is about) is avoided in our Spanish, so every form of tratar counts. "Calma"
  // is also a noun ("con calma"), so only the verb before an object counts.
  // JavaScript's \b knows only ASCII letters, so the Spanish edges are Unicode letter lookarounds.
  es: /(?<![\p{L}\p{N}])(cur(a|an|ar|ará|arán|ación|ativo|ativa)|trat(a|an|ar|ará|amiento|amientos)|san(ar|a|an|ará)|alivi(a|an|ar|ará|o)|calm(ar|an|ará|arán|ante|antes)|calma(?=\s+(el|la|los|las|tu|tus|su|sus)\b)|quit(a|an|ar|ará|arán)|mejor(a|an|ar|ará|arán))(?![\p{L}\p{N}])/giu,
  'zh-Hans': /(治疗|治愈|治好|疗效|缓解|痊愈|根治|医治|疗法|减轻|止痛|改善|舒缓)/gu,
};

/**
 * "It works", "effective": the framing of a treatment that works for a condition (issue 23:
 * "Help you see what works for you" is "works" framing). Checked as claims too, with the
 * reviewed exceptions below.
 */
const worksWords: Readonly<Record<Locale, RegExp>> = {
  en: /\b(works|worked|effective(ly|ness)?|efficacy|efficacious)\b/giu,
  es: /(?<![\p{L}\p{N}])(funciona(n|r|rá|rán|ría|rían)?|funcionó|eficaz|eficaces|eficacia|efectiv(o|a|os|as|idad))(?![\p{L}\p{N}])/giu,
  'zh-Hans': /(有效|有帮助|奏效|见效)/gu,
};

/**
 * Reviewed exceptions: phrases that hold a listed word but make no claim, each with why. They
 * are removed before looking for claim words; a new one needs the same review.
 */
const reviewedExceptions: Readonly<Record<Locale, readonly RegExp[]>> = {
  en: [
    // Kovacs et al. 2008 is about people treated for neck pain: a citation, not our claim.
    /\bpeople treated for neck pain\b/giu,
    // The app "works offline": the software, not a body.
    /\bworks offline\b/giu,
  ],
  es: [
    // Kovacs et al. 2008: personas tratadas por dolor de cuello (a citation).
    /\bpersonas tratadas por dolor de cuello\b/giu,
    // The app "funciona sin conexión" (works offline): the software, not a body.
    /(?<![\p{L}\p{N}])funciona(r)? sin conexión(?![\p{L}\p{N}])/giu,
  ],
  'zh-Hans': [
    // 止痛药 is the noun "painkiller" (the trial's "took a painkiller"), not a claim to stop pain.
    /止痛药/gu,
    // Kovacs et al. 2008: 因颈痛接受治疗的人 (people treated for neck pain), a citation.
    /因颈痛接受治疗的人/gu,
    // The import's "不是有效的 JSON / 日期" ("not valid JSON / a valid date"): a file's validity.
    /不是有效的( ?JSON|日期)/gu,
  ],
};

const articleAttribution: Readonly<Record<Locale, RegExp>> = {
  en: /\b(the|this) article(’s|'s)?( itself| own)? ?(says|warns|claims|writes|words|asks)\b/iu,
  es: /\bel artículo( mismo)? (dice|advierte|afirma|escribe|pide)\b/iu,
  'zh-Hans': /(文章|原文)(本身|自己)?(说|称|写道|指出|提醒|警告|认为)/u,
};

/** Negations that say what the app is not. Removed before looking for claim words. */
const disclaimers: Readonly<Record<Locale, readonly RegExp[]>> = {
  en: [
    /\bnot an? (diagnosis or )?(medical )?treatment\b/giu,
    /\bnot a diagnosis or treatment\b/giu,
    /\bnot a test of (a |whether a )?treatment( works)?\b/giu,
  ],
  es: [
    /\bno es (un )?diagnóstico ni (un )?tratamiento\b/giu,
    /\bni (un )?tratamiento\b/giu,
    /\bni una prueba de (un )?tratamiento\b/giu,
    /\bno (es )?una prueba de (si )?(un )?tratamiento( funciona)?\b/giu,
  ],
  'zh-Hans': [
    /(不是|并非|不能代替|不能替代)(诊断或|诊断和|医学)?治疗/gu,
    /(不是|也不是)对(某种)?治疗(是否有效)?的检验/gu,
  ],
};

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s*/u).filter((sentence) => sentence.trim() !== '');
}

/** The claim words found in `text`, outside attributed article quotes and disclaimers. */
export function findClaims(text: string, lang: Locale): string[] {
  const found: string[] = [];
  for (const sentence of sentencesOf(text)) {
    if (articleAttribution[lang].test(sentence)) continue;
    let rest = sentence;
    for (const disclaimer of disclaimers[lang]) rest = rest.replace(disclaimer, ' ');
    for (const exception of reviewedExceptions[lang]) rest = rest.replace(exception, ' ');
    found.push(...(rest.match(claimWords[lang]) ?? []), ...(rest.match(worksWords[lang]) ?? []));
  }
  return found;
}
