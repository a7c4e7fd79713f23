import type { enCore } from './en-core';

/** Simplified Chinese messages of the About and Sources pages, the side words and common words, from en-core.ts. */
export const zhHansCore: Record<keyof typeof enCore, string> = {
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
