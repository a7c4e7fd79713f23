/**
 * English messages owned by the safety feature. Keys start with "safety.".
 * Content: clinical.md ("Cautions", "When to seek care instead", "What the evidence says").
 * Wellness framing only: nothing here says the routine cures, treats, heals or relieves.
 */
export const enSafety = {
  // The first-run screening (/safety).
  'safety.screen.title': 'Before you start',
  'safety.screen.intro':
    'Acupressure is self-care for an ordinary stiff or sore neck. Some neck problems need a doctor instead. Please read this short list. If something on it applies to you, choose it to see what to do.',
  'safety.screen.chooseHint':
    'Choose a statement if it is true for you. The signs are about how you are now; the reasons to see a doctor first include your past: choose one if it has ever been true for you, even long ago.',
  'safety.screen.none': 'None of these apply to me',
  'safety.screen.noneOthers': 'None of the others apply to me',
  'safety.screen.cleared': 'cleared by your doctor',
  'safety.screen.clearedNote':
    'Your doctor’s clearance covers that statement only. Please read the list again: if anything else on it applies to you now, choose it.',
  'safety.group.emergency': 'Signs of an emergency',
  'safety.group.doctor-today': 'Signs to see a doctor today',
  'safety.group.doctor-first': 'Reasons to see a doctor before self-care, now or in your past',

  // The red flags (clinical.md, "When to seek care instead").
  'safety.flag.meningitis-signs':
    'A stiff neck together with fever, a severe headache, vomiting, dislike of bright light, drowsiness or confusion, being hard to wake, a seizure, or a rash that does not fade when you press a glass on it.',
  'safety.flag.artery-tear-signs':
    'Sudden, severe neck pain unlike any before, with a headache, especially after a twist of the neck or neck manipulation: it can be a tear in a neck artery.',
  'safety.flag.sudden-severe-headache':
    'A sudden, very severe headache: the worst ever, reaching its peak within a minute.',
  'safety.flag.nerve-or-stroke-signs':
    'Weakness, numbness, a drooping face, slurred speech, double vision, trouble swallowing or walking, or a sudden loss of balance.',
  'safety.flag.neck-injury':
    'Neck pain after a fall, a dive, a road accident or another hard blow to the head or neck.',
  'safety.flag.bladder-bowel-or-clumsiness':
    'New loss of control of your bladder or bowels or of sexual function, new clumsiness of your hands or legs, or unsteady walking.',
  'safety.flag.heart-signs':
    'Neck or jaw pain together with chest pain, breathlessness, sweating or feeling faint.',
  'safety.flag.electric-shocks':
    'Feelings like electric shocks down your spine or arms when you bend your neck.',
  'safety.flag.arm-symptoms-worsening':
    'Numbness, tingling or weakness in an arm that is getting worse.',
  'safety.flag.unexplained-fever-sweats-weight':
    'Fever, night sweats or weight loss that you cannot explain.',
  'safety.flag.dizzy-turning-head':
    'Dizziness, sudden falls without losing consciousness (drop attacks), or blackouts, especially when you turn your head.',
  'safety.flag.giant-cell-arteritis-signs':
    'You are over 50 and have a new headache with a tender scalp, jaw pain when you chew, or a change in your vision.',
  'safety.flag.risk-history':
    'A history of cancer, tuberculosis, HIV or a weakened immune system, injected drug use, inflammatory arthritis, osteoporosis, or neck surgery, at any time in your life, even long ago.',
  'safety.flag.first-episode-age':
    'This is the first time you have had neck pain like this, and you are under 20 or over 55.',
  'safety.flag.constant-or-night-pain':
    'Pain that is constant, keeps getting worse, or wakes you at night.',
  'safety.flag.lump-or-spine-tenderness':
    'A lump in your neck, or sharp tenderness over one spot of your spine.',
  'safety.flag.polymyalgia-signs':
    'You are over 50 and have new stiffness in both shoulders, with trouble raising your arms in the morning.',

  'safety.flag.arm-pins-and-needles': 'Pins and needles or numbness in an arm.',
  // The advice for each group.
  'safety.advice.youChose': 'You chose',
  'safety.advice.emergency.title': 'Call for emergency help now',
  'safety.advice.emergency.body':
    'This can be a sign of a serious problem that needs help straight away. Do not use acupressure. Call the emergency number now, or ask someone near you to call.',
  'safety.advice.doctor-today.title': 'See a doctor today',
  'safety.advice.doctor-today.body':
    'A doctor should check this today, before you try any self-care. Do not use acupressure for now. If it gets worse quickly or you feel very unwell, call the emergency number.',
  'safety.advice.doctor-first.title': 'See a doctor before trying self-care',
  'safety.advice.doctor-first.body':
    'This is a reason to talk to a doctor before you try acupressure. Once a doctor has told you that self-care is fine for you, you can go on.',
  'safety.advice.doctor-first.continue': 'A doctor has told me self-care is fine',
  'safety.advice.back': 'Back to the list',
  'safety.emergency.police': 'Police: {number}',
  'safety.emergency.elsewhere': 'If you are somewhere else, call the local emergency number.',
  'safety.emergency.number': 'Emergency number: {number}',
  'safety.emergency.region': 'This is the emergency number for {region}.',
  'safety.emergency.unknownRegion':
    'If you are not sure of your local emergency number: 112 reaches help in Europe and from most mobile phones, 911 in North America, and 999 in the United Kingdom.',

  'safety.emergency.localNumber': 'your local emergency number',
  'safety.emergency.callLocal': 'Call your local emergency number.',
  'safety.emergency.ambulanceByArea': 'Ambulance: {numbers}, depending on where you are.',
  'safety.emergency.alsoNumber':
    '{number} also reaches the police, and in Buenos Aires Province it sends ambulances too.',
  'safety.emergency.noSingleNumber':
    '{region} has no single emergency number for the whole country.',
  'safety.emergency.notChecked': 'We could not check one emergency number for {region}.',
  // Health questions (in the screening and in Settings).
  'safety.health.title': 'A few questions about you',
  'safety.health.intro':
    'Your answers change the routine and stay on this device. You can change them at any time in Settings.',
  'safety.health.adult': 'Are you 18 or older?',
  'safety.health.adultYes': 'Yes, I am 18 or older',
  'safety.health.adultNo': 'No, I am under 18',
  'safety.health.under18':
    'Acupress is made for adults. If you are under 18, please do not use it on your own. Talk to a parent, a carer or a doctor about your neck.',
  'safety.health.pregnancy': 'Pregnancy',
  'safety.health.pregnant': 'I am pregnant or could be pregnant: turn on pregnancy mode',
  'safety.health.pregnantHint':
    'Pregnancy mode leaves Jianjing (GB21) and Hegu (LI4) out of every routine. The article warns that pressing Jianjing may cause uterine contractions, and Hegu is traditionally avoided in pregnancy.',
  'safety.health.conditions': 'Do any of these apply to you?',
  'safety.health.conditionsHint': 'Tick every one that applies. Leave them all empty if none do.',
  'safety.condition.blood-thinners':
    'I take a blood thinner (an anticoagulant or antiplatelet medicine, such as warfarin, aspirin or clopidogrel), or I have a bleeding disorder',
  'safety.condition.osteoporosis': 'I have osteoporosis',
  'safety.condition.inflammatory-arthritis':
    'I have rheumatoid arthritis or another inflammatory arthritis',
  'safety.condition.cancer': 'I have cancer',
  'safety.condition.recent-injury':
    'I have had a recent fracture, a recent neck injury or neck surgery',
  // Source: article: "If you have an underlying medical condition, consult your doctor".
  'safety.condition.other-long-term': 'I have another long-term medical condition',
  'safety.health.askDoctor':
    'With what you ticked, please ask a doctor before you use acupressure. You can go on once a doctor has agreed.',
  'safety.health.askedDoctor': 'I have asked a doctor, and they agree that I can use acupressure',
  'safety.health.continue': 'Continue',
  'safety.health.needAge': 'Please say whether you are 18 or older.',
  'safety.health.needDoctor':
    'Please ask a doctor first. When they agree, tick the box about your doctor to go on.',

  // Cautions while pressing (clinical.md, "Cautions").
  'safety.cautions.title': 'While you press',
  // {list}: the skin list below, joined in the user's language (skinCautionList()).
  'safety.cautions.skin': 'Never press over {list}.',
  // The skin list (src/features/safety/core/skin-cautions.ts): the session's skin check and the cautions.
  'safety.skin.vein': 'a vein',
  'safety.skin.mole': 'a mole',
  'safety.skin.wart': 'a wart',
  'safety.skin.bruise': 'a bruise',
  'safety.skin.cut': 'a cut',
  'safety.skin.scrape': 'a scrape',
  'safety.skin.varicose-veins': 'varicose veins',
  'safety.skin.swelling': 'swelling',
  'safety.skin.infection': 'an infection',
  'safety.skin.burn': 'a burn',
  'safety.skin.rash': 'a rash',
  'safety.skin.recent-scar': 'a recent scar',
  'safety.cautions.neck':
    'Never press the front or sides of your neck: large arteries run there. Fengchi is at the back, under the skull.',
  'safety.cautions.firm':
    'How firmly: a dull, tender ache you can breathe through. If it is sharp, or more than about 3 out of 10, press more gently.',
  'safety.cautions.sit': 'For Fengchi and Jianjing, sit in a chair with your back supported.',
  'safety.cautions.stop': 'Stop at once if you notice any of these:',
  'safety.cautions.stopNext':
    'If it does not settle within a few minutes, or you have weakness, slurred speech, double vision or a sudden severe headache, call {number}.',
  'safety.stop.dizziness': 'dizziness',
  'safety.stop.nausea': 'feeling sick',
  'safety.stop.vision': 'changes in your vision',
  'safety.stop.tingling-numbness': 'tingling or numbness',

  // When to seek help (/help), always one tap away.
  'safety.help.title': 'When to seek help',
  'safety.help.intro':
    'Acupress is for an ordinary stiff or sore neck. These signs mean you should get medical help instead of self-care.',
  'safety.help.emergency': 'Call the emergency number now if you have any of these:',
  'safety.help.doctor-today': 'See a doctor today if you have any of these:',
  'safety.help.doctor-first': 'See a doctor before trying self-care if any of these apply:',
  'safety.help.twoWeeks':
    'See a doctor if your neck is not better after about two weeks. (Two weeks is our careful choice: the NHS says a few weeks.)',
  'safety.help.worse':
    'If your pain is worse after a session, stop the routine and read this list again.',
  'safety.help.adults':
    'Acupress is for adults. It is not a diagnosis or treatment, and not a replacement for seeing a doctor.',
  // Source: article, "How to Get the Best Results", quoted word for word.
  'safety.help.condition':
    'The article says: “If you have an underlying medical condition, consult your doctor before using acupressure to treat neck pain and stiffness.”',
  'safety.help.sources': 'Where this list comes from',

  // Pregnancy mode on the guide pages of GB21 and LI4.
  'safety.pregnancy.leftOut': 'Pregnancy mode is on, so this point is left out of your routines.',
  'safety.pregnancy.changeInSettings': 'Change this in Settings',

  // Settings (/settings).
  'safety.settings.title': 'Settings',
  'safety.settings.language': 'Language',
  'safety.settings.languageHint':
    'The app starts in your browser’s language. Your choice is remembered on this device.',
  'safety.settings.health': 'Your health answers',
  'safety.settings.saved': 'Saved on this device.',
  'safety.settings.warningSigns': 'Warning signs',
  'safety.settings.screenedOn': 'You read the warning signs on {date}.',
  'safety.settings.notScreened': 'You have not read the warning signs yet.',
  'safety.settings.readAgain': 'Read the warning signs again',
  'safety.settings.read': 'Read the warning signs',
  'safety.settings.pregnancyOn':
    'Pregnancy mode is on: Jianjing and Hegu are left out of every routine.',
  'safety.language.en': 'English',
  'safety.language.es': 'Español',
  'safety.language.zh-Hans': '简体中文',

  // About (/about).
  'safety.about.what': 'What Acupress is',
  'safety.about.whatBody':
    'Acupress is a guided comfort and relaxation routine for a stiff or sore neck. It follows a published self-care article: its five points, how to find them, which hand or side to press, and for how long. It is not a diagnosis or treatment, and not a replacement for seeing a doctor.',
  'safety.about.evidence': 'What the evidence says',
  'safety.about.evidenceIntro':
    'The evidence for acupressure on neck pain is weak. There are only a few studies, most of them small:',
  'safety.about.study.matsubara':
    'A small trial of acupressure in 33 women with long-lasting neck pain (Matsubara and others, 2011).',
  'safety.about.study.kwon':
    'A systematic review that found only case reports and case series: 15 studies with 1,037 people, none with a comparison group (Kwon and Lee, 2018).',
  'safety.about.study.selfApplied':
    'The EDIDO-CUH trial of self-applied acupressure in 160 people (2021): pain was 0.16 points lower than with usual care alone (95% confidence interval −0.80 to 0.48), which is not a meaningful difference.',
  'safety.about.study.cochrane':
    'For massage of the neck, a Cochrane review (2024) found probably little or no difference from a sham (pretend) massage.',
  'safety.about.noReview':
    'We found no systematic review from 2020 to 2026 of acupressure on body points for neck pain.',
  'safety.about.otherIntro':
    'Recent, larger trials of self-applied acupressure in other conditions found small benefits, and where sham (pretend) points were also tested, pressing them did about as well:',
  'safety.about.other.yeung':
    'Knee arthritis: 314 adults; pain was 0.54 points lower than with education alone (95% confidence interval −0.97 to −0.10) (Yeung and others, JAMA Network Open, 2024).',
  'safety.about.other.zick':
    'Tiredness after ovarian cancer: 171 women taught by an app; true and sham points did not differ (Zick and others, JAMA Network Open, 2026).',
  'safety.about.other.li':
    'Knee arthritis: 150 adults; compared with usual care, pain was 1.27 points lower with true points and 1.24 points lower with sham points (Li and others, Arthritis Care & Research, 2018).',
  'safety.about.otherSummary':
    'So the benefit may come from the calm routine of pressing and breathing more than from the exact spot. “Your spot” is about comfort and confidence: the spot that feels right to you.',
  'safety.about.trialNote':
    'The personal trial (Compare routine days and ordinary days) shows what your own numbers show. It is not a test of whether a treatment works for a condition.',
  'safety.about.studySource': 'Source',
  'safety.about.evidenceSummary':
    'So we cannot promise that the routine will help you. Many people find a calm routine of pressing and slow breathing comfortable. Try it, notice how you feel, and stop if it does not suit you.',
  'safety.about.articleClaim':
    'The article itself says: “Acupressure can help relieve pain, tension and stiffness in the neck and shoulders.” This is a quote of the article’s claim, not a promise from Acupress.',
  'safety.about.credit': 'Where the routine comes from',
  'safety.about.creditBody':
    'The five points, how to find them and how long to press come from the article “Acupressure Points for Stiff Neck and Neck Pain”, published on healthmad.com. The standard point locations come from the World Health Organization’s 2008 standard and the Chinese national standard. The cautions and warning signs come from NICE, the NHS and the other sources on the Sources page.',
  'safety.about.sourcesLink': 'See every source',
  'safety.about.privacy': 'Your privacy',
  'safety.about.privacyBody':
    'Everything you enter stays on this device. Acupress has no account, no server and no analytics, and it works offline.',

  // Sources (/sources): what each source is cited for.
  'safety.sources.citedFor': 'Cited for: {list}',
  'safety.sources.warningSigns': 'the warning signs',
  'safety.sources.cautions': 'the cautions',
  'safety.sources.timing': 'how long and how often to press',
  'safety.sources.evidence': 'what the evidence says (About)',
  'safety.sources.painScale': 'what a change in your pain ratings means (History)',
  'safety.sources.emergencyNumbers': 'the emergency numbers (When to seek help)',
  'safety.sources.trial': 'the personal trial (Compare routine days and ordinary days)',
} as const;
