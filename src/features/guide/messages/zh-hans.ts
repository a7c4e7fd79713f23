import type { enGuide } from './en';

/** Simplified Chinese messages of the point guide, translated from en.ts. */
export const zhHansGuide: Record<keyof typeof enGuide, string> = {
  'guide.pic.SI3':
    '你的{side}手背，掌心朝下。穴位在手的小指一侧边缘，第5掌指关节（小指根部）后方的小凹陷处。',
  'guide.pic.EX-UE8':
    '你的{side}手背，掌心朝下。穴位在食指和中指的骨头之间，指关节后方约半个拇指宽处。',
  'guide.pic.LI4': '你的{side}手背，掌心朝下。穴位在食指骨中部旁边、靠拇指的一侧，贴着骨头按。',
  'guide.pic.GB20':
    '从后面看的头部后方。你{side}的穴位在颅骨下方的凹陷处，在粗大的颈部肌肉外侧，大约与耳垂齐平（简便说法）。箭头表示拇指从中间向外滑动。',
  'guide.pic.GB21': '从后面看的双肩。你{side}的穴位在肩膀顶部，颈根部的骨性突起与肩峰之间的中点。',
  'guide.pic.fist':
    '你的{hand}轻握拳，从小指一侧看。穴位在皮肤横纹的末端，第5掌指关节（小指根部）的后方。',
  'guide.pic.grasp': '你的另一只手握住你的{hand}：拇指按在手背上、食指骨中部旁边，食指在下面托住。',
  'guide.pic.muscles':
    '从侧面看的头颈部。斜方肌从头的底部向下覆盖肩膀。胸锁乳突肌从耳后延伸到喉咙底部。颈部前面和两侧已标出：切勿在那里按压。',
  'guide.pic.measures':
    '用手指量：拇指最宽关节处的宽度是 1 寸。四指并拢、在中间指关节处量，宽度是 3 寸。',
  'guide.label.c7': '颈根突起',
  'guide.label.shoulderTip': '肩峰',
  'guide.label.oneCun': '1 寸',
  'guide.label.threeCun': '3 寸',
  'guide.label.fengchi': '风池',
  'guide.label.trapezius': '斜方肌',
  'guide.label.scm': '胸锁乳突肌',
  'guide.label.neverPress': '切勿按压此处',
  'guide.caption.hand.left': '左手手背',
  'guide.caption.hand.right': '右手手背',
  'guide.caption.fist.left': '左手轻握拳，从小指一侧看',
  'guide.caption.fist.right': '右手轻握拳，从小指一侧看',
  'guide.caption.grasp.left': '右手握住左手',
  'guide.caption.grasp.right': '左手握住右手',
  'guide.caption.head.left': '左侧，从后面看',
  'guide.caption.head.right': '右侧，从后面看',
  'guide.caption.shoulder.left': '左肩，从后面看',
  'guide.caption.shoulder.right': '右肩，从后面看',
  'guide.measuresCaption':
    '用你自己的手指量：拇指最宽关节处是 1 寸；四指并拢是 3 寸。半寸就是拇指宽度的一半。',
  'guide.musclesTitle': '颈部肌肉，以及切勿按压的地方',
  'guide.musclesCaption': '从侧面看的斜方肌和胸锁乳突肌。阴影标出的颈部前面和两侧切勿按压。',
  'guide.musclesWhy':
    '文章解释了为什么用这些穴位：“在颈部，粗大的斜方肌和胸锁乳突肌常常是疼痛和僵硬的原因。斜方肌从头的底部开始，向下越过双肩；胸锁乳突肌从耳后延伸到喉咙底部的凹陷处。”',
  'guide.neverNeck': '切勿按压颈部前面或两侧：颈动脉从那里经过。风池在头的后方、颅骨下方。',
  'guide.printLink': '可打印的单页说明',
  'guide.print.title': '颈部僵硬的穴位按压：五个穴位',
  'guide.print.intro':
    '文章《Acupressure Points for Stiff Neck and Neck Pain》中的练习，按 Acupress 的引导方式整理。这是一套舒适放松的练习，不是诊断或治疗。',
  'guide.print.hint': '这张说明可以打印在一页 A4 纸或美式信纸上。',
  'guide.print.button': '打印这张说明',
  'guide.print.sideLabel': '哪一侧：',
  'guide.print.howLabel': '怎么按：',
  'guide.print.cautionLabel': '注意：',
  'guide.print.sideOpposite': '按与颈部疼痛一侧相反的手；两侧或中间痛时两只手都按。',
  'guide.print.sideBothHands': '两只手先后按，先按疼痛一侧的手。',
  'guide.print.sideBoth': '两侧都按，先按疼痛的一侧。',
  'guide.print.hold': '按住并平稳保持。',
  'guide.print.pulse': '按 {on} 秒，松 {off} 秒，在一侧重复 {count} 次，然后换另一侧。',
  'guide.print.routine': '练习步骤',
  'guide.print.order': '按文章的顺序，从 1 到 5 依次按压各穴位。',
  'guide.print.firm':
    '用拇指或食指按压，或做小圈揉按：钝钝的酸胀痛，仍能平稳呼吸，不要刺痛，也不要超过约 3 分（满分 10 分）。按风池和肩井时请坐着，背部有依靠。',
  'guide.print.breathe': '深而平稳地呼吸。切勿屏住呼吸。',
  'guide.print.pregnancy': '如果你已怀孕或可能怀孕，请不要按{points}。',
  'guide.print.condition': '如果你有基础疾病，使用穴位按压前请先咨询医生。',
  'guide.print.sources':
    '资料来源：文章《Acupressure Points for Stiff Neck and Neck Pain》（healthmad.com）；穴位位置依据世界卫生组织标准（2008）和中国国家标准 GB/T 40997-2021；危险信号依据 NICE 和 NHS。完整列表见应用中的“资料来源”页面。',
  'guide.title': '五个穴位',
  'guide.intro':
    '每个穴位都有一个小小的寻找范围。你的穴位可能和图上略有偏差：用指尖在附近移动，直到找到有酸胀感的凹陷处。',
  'guide.article': '文章中的第 {number} 个穴位：{heading}',
  'guide.location': '位置',
  'guide.find': '怎样找到它',
  'guide.sides': '按哪一侧',
  'guide.technique': '怎样按压',
  'guide.techniqueHold': '按住并保持你选择的时长：至少 20–30 秒。文章说两分钟或更长效果最好。',
  'guide.howOften':
    '按多久、多久按一次：文章要求每个穴位至少 20–30 秒。明尼苏达大学建议从 15–30 秒逐渐增加到 1–2 分钟；纪念斯隆-凯特琳癌症中心的指南每个穴位按几分钟，每天可以按几次。不是越多越好：这些资料都没有建议按得更用力或更久。',
  'guide.techniquePulse': '按压 {on} 秒，放松 {off} 秒，在一侧重复 {count} 次，然后换另一侧。',
  'guide.articleSays': '文章原文',
  'guide.cautions': '注意事项',
  'guide.sources': '资料来源',
  'guide.alsoCalled': '又称 {name}',
  'guide.wiggle': '你的穴位可能和描述略有偏差。用指尖在这一带移动，直到找到有酸胀感的凹陷处。',
  'guide.avoidedPregnant': '孕期模式下不按此穴',
  'guide.back': '全部穴位',
};
