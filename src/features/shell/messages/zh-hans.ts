import type { enShell } from './en';

/** Simplified Chinese messages of the first screen, translated from en-shell.ts. */
export const zhHansShell: Record<keyof typeof enShell, string> = {
  'app.name': 'Acupress',
  'app.tagline': '针对颈部僵硬的穴位按压引导练习',
  'nav.home': '首页',
  'nav.points': '穴位',
  'nav.help': '何时就医',
  'nav.about': '关于',
  'nav.sources': '资料来源',
  'nav.settings': '设置',
  'nav.main': '主导航',
  'nav.more': '更多',
  'nav.skip': '跳到正文',
  'journal.nav': '历史记录',
  'home.title': '针对颈部僵硬的平静引导练习',
  'home.intro':
    'Acupress 按照一篇已发表的颈部僵硬或酸痛自我护理文章，带你按压其中的五个穴位。它告诉你每个穴位在哪里、按哪只手或哪一侧、按多久，并提供关着屏幕也能跟随的提示。',
  'home.private': '所有内容都只保存在这台设备上。无需账户，没有跟踪，离线可用。',
  'home.start': '开始练习',
  'home.startLast': '使用上次的设置开始',
  'home.startLastHelp': '与上次练习相同的穴位、时长和提示。',
  'stopSigns.line': '如果出现头晕、恶心、视力变化、发麻（针刺感）或麻木，请立即停止。',
  'home.points': '五个穴位',
  'home.pointsIntro': '开始之前，先了解每个穴位的位置。',
  'home.notCare': '这是一套舒适放松的练习，不是诊断或治疗。如果感觉不对劲，请查看何时就医。',
  'notFound.title': '找不到页面',
  'notFound.body': '此页面不存在。',
  'journal.reminder.banner': '到了你为颈部练习选定的时间。准备好了随时开始。',
  'journal.reminder.bannerStart': '开始练习',
  'journal.reminder.bannerDismiss': '今天不做',
  'journal.reminder.label': '提醒',
};
