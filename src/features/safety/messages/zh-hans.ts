import type { enSafety } from './en';

/** Simplified Chinese messages of the safety feature, translated from en-safety.ts. */
export const zhHansSafety: Record<keyof typeof enSafety, string> = {
  'safety.screen.title': '开始之前',
  'safety.screen.intro':
    '穴位按压是针对普通颈部僵硬或酸痛的自我护理。有些颈部问题需要看医生。请读一读下面这份简短的清单。如果其中某一条符合你的情况，请选择它，看看该怎么做。',
  'safety.screen.chooseHint':
    '如果某一条符合你的情况，请选择它。各种信号是指你现在的状况；需要先看医生的情况包括你的过去：只要曾经有过，哪怕是很久以前，也请选择。',
  'safety.screen.none': '以上都不符合我的情况',
  'safety.screen.noneOthers': '其他各条都不符合我的情况',
  'safety.screen.cleared': '医生已确认可以',
  'safety.screen.clearedNote':
    '医生的确认只适用于那一条。请再读一遍清单：如果现在还有其他某一条符合你的情况，请选择它。',
  'safety.group.emergency': '紧急情况的信号',
  'safety.group.doctor-today': '需要今天看医生的信号',
  'safety.group.doctor-first': '自我护理之前需要先看医生的情况（现在或过去）',
  'safety.flag.meningitis-signs':
    '脖子僵硬，同时伴有发烧、剧烈头痛、呕吐、怕强光、嗜睡或意识混乱、难以叫醒、抽搐发作，或者用玻璃杯压上去也不褪色的皮疹。',
  'safety.flag.artery-tear-signs':
    '突然出现与以往都不同的剧烈颈部疼痛，并伴有头痛，尤其是在扭到脖子或颈部被推拿、整复之后：这可能是颈部动脉撕裂。',
  'safety.flag.sudden-severe-headache':
    '突然出现的非常剧烈的头痛：有生以来最痛，一分钟内达到顶峰。',
  'safety.flag.nerve-or-stroke-signs':
    '无力、麻木、面部下垂、说话含糊、看东西重影、吞咽或走路困难，或突然失去平衡。',
  'safety.flag.neck-injury': '摔倒、跳水、交通事故或头颈部受到其他重击之后出现的颈部疼痛。',
  'safety.flag.bladder-bowel-or-clumsiness':
    '新出现的大小便失控或性功能丧失、新出现的手脚笨拙，或走路不稳。',
  'safety.flag.heart-signs': '颈部或下巴疼痛，同时伴有胸痛、气短、出汗或快要晕倒的感觉。',
  'safety.flag.electric-shocks': '低头时有像触电一样的感觉沿脊柱或手臂传下去。',
  'safety.flag.arm-symptoms-worsening': '一侧手臂的麻木、发麻（针刺感）或无力越来越严重。',
  'safety.flag.unexplained-fever-sweats-weight': '原因不明的发烧、夜间盗汗或体重下降。',
  'safety.flag.dizzy-turning-head':
    '头晕、突然腿软跌倒但没有失去知觉（跌倒发作），或晕厥，尤其是在转头时。',
  'safety.flag.giant-cell-arteritis-signs':
    '你已超过 50 岁，新出现头痛并伴有头皮触痛、咀嚼时下巴疼痛，或视力变化。',
  'safety.flag.risk-history':
    '一生中任何时候有过癌症、结核病、艾滋病病毒感染或免疫力低下、注射毒品、炎症性关节炎、骨质疏松或颈部手术，哪怕是很久以前。',
  'safety.flag.first-episode-age': '这是你第一次出现这样的颈部疼痛，而且你不满 20 岁或超过 55 岁。',
  'safety.flag.constant-or-night-pain': '疼痛持续不断、越来越重，或者夜里把你痛醒。',
  'safety.flag.lump-or-spine-tenderness': '颈部有肿块，或脊柱某一点一按就剧痛。',
  'safety.flag.polymyalgia-signs': '你已超过 50 岁，新出现双肩僵硬，早上抬起手臂有困难。',
  'safety.flag.arm-pins-and-needles': '一侧手臂有针刺感或麻木。',
  'safety.advice.youChose': '你选择了',
  'safety.advice.emergency.title': '现在就拨打急救电话',
  'safety.advice.emergency.body':
    '这可能是严重问题的信号，需要马上得到帮助。不要进行穴位按压。现在就拨打急救电话，或请身边的人帮你打。',
  'safety.advice.doctor-today.title': '今天就去看医生',
  'safety.advice.doctor-today.body':
    '在尝试任何自我护理之前，今天就应该请医生检查。暂时不要进行穴位按压。如果情况迅速加重或你感觉非常不舒服，请拨打急救电话。',
  'safety.advice.doctor-first.title': '自我护理之前先看医生',
  'safety.advice.doctor-first.body':
    '在尝试穴位按压之前，你应该先和医生谈一谈。医生告诉你可以进行自我护理之后，你就可以继续。',
  'safety.advice.doctor-first.continue': '医生已告诉我可以进行自我护理',
  'safety.advice.back': '返回清单',
  'safety.emergency.police': '报警电话：{number}',
  'safety.emergency.elsewhere': '如果你在其他地方，请拨打当地的急救电话。',
  'safety.emergency.number': '急救电话：{number}',
  'safety.emergency.region': '这是{region}的急救电话。',
  'safety.emergency.unknownRegion':
    '如果你不确定当地的急救电话：在欧洲和大多数手机上可拨 112，在北美拨 911，在英国拨 999，在中国大陆拨 120。',
  'safety.emergency.localNumber': '当地的急救电话',
  'safety.emergency.callLocal': '请拨打当地的急救电话。',
  'safety.emergency.ambulanceByArea': '救护车：{numbers}，视你所在的地方而定。',
  'safety.emergency.alsoNumber': '{number} 也能联系警察；在布宜诺斯艾利斯省，它也会派救护车。',
  'safety.emergency.noSingleNumber': '{region}没有全国统一的急救电话。',
  'safety.emergency.notChecked': '我们无法核实{region}的统一急救电话。',
  'safety.health.title': '几个关于你的问题',
  'safety.health.intro':
    '你的回答会改变练习内容，并且只保存在这台设备上。你随时可以在“设置”中修改。',
  'safety.health.adult': '你年满 18 岁了吗？',
  'safety.health.adultYes': '是的，我年满 18 岁',
  'safety.health.adultNo': '不，我未满 18 岁',
  'safety.health.under18':
    'Acupress 是为成年人设计的。如果你未满 18 岁，请不要独自使用。请和父母、监护人或医生谈谈你的脖子。',
  'safety.health.pregnancy': '怀孕',
  'safety.health.pregnant': '我已怀孕或可能怀孕：开启孕期模式',
  'safety.health.pregnantHint':
    '孕期模式会从每次练习中去掉肩井（GB21）和合谷（LI4）。文章提醒按压肩井可能引起子宫收缩，而合谷在传统上孕期避免按压。',
  'safety.health.conditions': '以下情况有符合你的吗？',
  'safety.health.conditionsHint': '勾选所有符合的情况。如果都不符合，就都不要勾选。',
  'safety.condition.blood-thinners':
    '我在服用抗凝药或抗血小板药（如华法林、阿司匹林、氯吡格雷），或有出血性疾病',
  'safety.condition.osteoporosis': '我有骨质疏松',
  'safety.condition.inflammatory-arthritis': '我有类风湿关节炎或其他炎症性关节炎',
  'safety.condition.cancer': '我患有癌症',
  'safety.condition.recent-injury': '我最近有过骨折、颈部受伤或颈部手术',
  'safety.condition.other-long-term': '我有其他长期疾病',
  'safety.health.askDoctor':
    '根据你勾选的情况，使用穴位按压之前请先咨询医生。医生同意后你就可以继续。',
  'safety.health.askedDoctor': '我已咨询过医生，医生同意我使用穴位按压',
  'safety.health.continue': '继续',
  'safety.health.needAge': '请说明你是否年满 18 岁。',
  'safety.health.needDoctor': '请先咨询医生。医生同意后，勾选关于医生的那一项即可继续。',
  'safety.cautions.title': '按压时',
  'safety.cautions.skin': '切勿在{list}上按压。',
  'safety.skin.vein': '静脉',
  'safety.skin.mole': '痣',
  'safety.skin.wart': '疣',
  'safety.skin.bruise': '瘀青',
  'safety.skin.cut': '伤口',
  'safety.skin.scrape': '擦伤',
  'safety.skin.varicose-veins': '静脉曲张',
  'safety.skin.swelling': '肿胀',
  'safety.skin.infection': '感染',
  'safety.skin.burn': '烧伤',
  'safety.skin.rash': '皮疹',
  'safety.skin.recent-scar': '新近的疤痕',
  'safety.cautions.neck': '切勿按压颈部前面或两侧：那里有大动脉经过。风池在头的后方，颅骨下方。',
  'safety.cautions.firm':
    '力度：有一种钝钝的酸胀痛，但你仍能平稳呼吸。如果出现刺痛，或疼痛超过约 3 分（满分 10 分），就轻一点。',
  'safety.cautions.sit': '按风池和肩井时，请坐在椅子上，背部有依靠。',
  'safety.cautions.stop': '如果出现以下任何情况，请立即停止：',
  'safety.cautions.stopNext':
    '如果几分钟内没有缓过来，或出现无力、说话含糊、看东西重影或突然剧烈头痛，请拨打 {number}。',
  'safety.stop.dizziness': '头晕',
  'safety.stop.nausea': '恶心',
  'safety.stop.vision': '视力变化',
  'safety.stop.tingling-numbness': '发麻（针刺感）或麻木',
  'safety.help.title': '何时就医',
  'safety.help.intro':
    'Acupress 适用于普通的颈部僵硬或酸痛。出现以下信号时，你应该寻求医疗帮助，而不是自我护理。',
  'safety.help.emergency': '如果有以下任何一种情况，请现在就拨打急救电话：',
  'safety.help.doctor-today': '如果有以下任何一种情况，请今天就去看医生：',
  'safety.help.doctor-first': '如果有以下任何一种情况，请在尝试自我护理之前先看医生：',
  'safety.help.twoWeeks':
    '如果大约两周后脖子还没有好转，请去看医生。（两周是我们出于谨慎的选择：英国国民保健署说的是几周。）',
  'safety.help.worse': '如果练习后疼痛加重，请停止练习，再读一遍这份清单。',
  'safety.help.adults': 'Acupress 适用于成年人。它不是诊断或治疗，也不能代替看医生。',
  'safety.help.condition':
    '文章说：“如果你有基础疾病，在用穴位按压治疗颈部疼痛和僵硬之前，请咨询医生。”',
  'safety.help.sources': '这份清单的来源',
  'safety.pregnancy.leftOut': '孕期模式已开启，所以你的练习中不包括这个穴位。',
  'safety.pregnancy.changeInSettings': '在“设置”中更改',
  'safety.settings.title': '设置',
  'safety.settings.language': '语言',
  'safety.settings.languageHint': '应用会先使用你浏览器的语言。你的选择会保存在这台设备上。',
  'safety.settings.health': '你的健康问题回答',
  'safety.settings.saved': '已保存在这台设备上。',
  'safety.settings.warningSigns': '危险信号',
  'safety.settings.screenedOn': '你在 {date} 阅读了危险信号。',
  'safety.settings.notScreened': '你还没有阅读危险信号。',
  'safety.settings.readAgain': '再读一遍危险信号',
  'safety.settings.read': '阅读危险信号',
  'safety.settings.pregnancyOn': '孕期模式已开启：每次练习都不包括肩井和合谷。',
  'safety.language.en': 'English',
  'safety.language.es': 'Español',
  'safety.language.zh-Hans': '简体中文',
  'safety.about.what': 'Acupress 是什么',
  'safety.about.whatBody':
    'Acupress 是一套针对颈部僵硬或酸痛的舒适放松引导练习。它依据一篇已发表的自我护理文章：其中的五个穴位、怎样找到它们、按哪只手或哪一侧，以及按多久。它不是诊断或治疗，也不能代替看医生。',
  'safety.about.evidence': '研究证据怎么说',
  'safety.about.evidenceIntro':
    '关于穴位按压对颈部疼痛作用的证据很弱。研究很少，而且大多规模很小：',
  'safety.about.study.matsubara':
    '一项针对 33 名长期颈部疼痛女性的小型穴位按压试验（Matsubara 等，2011）。',
  'safety.about.study.kwon':
    '一篇系统综述，只找到病例报告和病例系列：15 项研究，共 1037 人，都没有对照组（Kwon 和 Lee，2018）。',
  'safety.about.study.selfApplied':
    'EDIDO-CUH 试验：160 人自我穴位按压（2021）。与单用常规护理相比，疼痛低 0.16 分（95% 置信区间 −0.80 至 0.48），差别没有实际意义。',
  'safety.about.study.cochrane':
    '关于颈部按摩，一项 Cochrane 综述（2024）发现，与假按摩相比可能几乎没有差别。',
  'safety.about.noReview': '我们没有找到 2020 至 2026 年间关于身体穴位按压与颈部疼痛的系统综述。',
  'safety.about.otherIntro':
    '近期在其他病症中进行的、规模更大的自我穴位按压试验发现了小的益处；在同时测试了假穴位（模拟穴位）的试验中，按压假穴位的结果差不多：',
  'safety.about.other.yeung':
    '膝关节炎：314 名成年人；与只接受健康教育相比，疼痛低 0.54 分（95% 置信区间 −0.97 到 −0.10）（Yeung 等，JAMA Network Open，2024）。',
  'safety.about.other.zick':
    '卵巢癌之后的疲乏：171 名通过应用程序学习的女性；真穴位和假穴位之间没有差别（Zick 等，JAMA Network Open，2026）。',
  'safety.about.other.li':
    '膝关节炎：150 名成年人；与常规护理相比，按真穴位时疼痛低 1.27 分，按假穴位时低 1.24 分（Li 等，Arthritis Care & Research，2018）。',
  'safety.about.otherSummary':
    '所以益处可能更多来自按压和呼吸这一平静的练习，而不是来自确切的位置。“你的位置”关乎舒适和信心：那个你觉得合适的位置。',
  'safety.about.trialNote':
    '个人试验（比较按压日和普通日）展示你自己的数字显示了什么。它不是对某种治疗是否有效的检验。',
  'safety.about.studySource': '来源',
  'safety.about.evidenceSummary':
    '所以我们不能保证这套练习会让你感觉更好。很多人觉得平静地按压、慢慢地呼吸很舒服。试一试，留意自己的感受，如果不适合你就停下来。',
  'safety.about.articleClaim':
    '文章本身说：“穴位按压有助于缓解颈部和肩部的疼痛、紧张和僵硬。”这是引用文章的说法，不是 Acupress 的承诺。',
  'safety.about.credit': '练习的来源',
  'safety.about.creditBody':
    '五个穴位、怎样找到它们以及按多久，都来自 healthmad.com 上发表的文章《Acupressure Points for Stiff Neck and Neck Pain》。标准穴位位置来自世界卫生组织 2008 年的标准和中国国家标准。注意事项和危险信号来自 NICE、NHS 以及“资料来源”页面上的其他资料。',
  'safety.about.sourcesLink': '查看全部资料来源',
  'safety.about.privacy': '你的隐私',
  'safety.about.privacyBody':
    '你输入的所有内容都只保存在这台设备上。Acupress 没有账户、没有服务器、没有统计分析，并且可以离线使用。',
  'safety.sources.citedFor': '引用于：{list}',
  'safety.sources.warningSigns': '危险信号',
  'safety.sources.cautions': '注意事项',
  'safety.sources.timing': '按压时长和频率',
  'safety.sources.evidence': '研究证据（关于页面）',
  'safety.sources.painScale': '疼痛评分变化的含义（历史记录）',
  'safety.sources.emergencyNumbers': '急救电话（何时就医）',
  'safety.sources.trial': '个人试验（比较按压日和普通日）',
};
