import type { enPwa } from './en';

/** Simplified Chinese messages of the installable, offline app, translated from en-pwa.ts. */
export const zhHansPwa: Record<keyof typeof enPwa, string> = {
  'pwa.update.ready': '新版本已准备好。',
  'pwa.update.reload': '重新加载',
  'pwa.install.title': '把 Acupress 放到主屏幕上',
  'pwa.install.body': '安装后，下次脖子僵硬时可以像其他应用一样全屏打开，无需网络。',
  'pwa.install.button': '安装 Acupress',
  'pwa.install.manual':
    '要安装它，请打开浏览器菜单，选择“安装”或“添加到主屏幕”。在 iPhone 或 iPad 上，轻点“共享”，然后选择“添加到主屏幕”。',
  'pwa.install.dismiss': '不用了，谢谢',
};
