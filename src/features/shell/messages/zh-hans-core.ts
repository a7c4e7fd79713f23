import type { enCore } from './en-core';

/** Simplified Chinese messages of the point guide, About, Sources and common words, from en-core.ts. */
export const zhHansCore: Record<keyof typeof enCore, string> = {
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
  'about.title': '关于 Acupress',
  'sources.title': '资料来源',
  'sources.intro': '关于穴位、注意事项和危险信号的每一条信息都来自以下资料。',
  'common.loading': '正在加载…',
  'common.loadFailed': '应用的这一部分无法加载。请确认应用已是最新版本，然后重试。',
  'side.hand.left': '左手',
  'side.hand.right': '右手',
  'side.body.left': '左侧',
  'side.body.right': '右侧',
  'side.shoulder.left': '左肩',
  'side.shoulder.right': '右肩',
};
