import type { enTrust } from './en-trust';

/** Simplified Chinese messages of the trust feature, translated from en-trust.ts. */
export const zhHansTrust: Record<keyof typeof enTrust, string> = {
  'trust.licenses.title': '开源许可证',
  'trust.licenses.link': '开源许可证',
  'trust.licenses.intro': 'Acupress 使用开源软件构建。以下是应用中包含的软件包及其许可证。',
  'trust.licenses.count.one': '{count} 个软件包。',
  'trust.licenses.count.other': '{count} 个软件包。',
  'trust.licenses.package': '{name}，版本 {version}',
  'trust.licenses.license': '许可证：{license}',
  'trust.licenses.usedFor': '用途：{use}',
  'trust.licenses.project': '项目地址：{url}',
  'trust.licenses.showText': '显示 {name} 的许可证全文',
  'trust.licenses.sameText':
    '此软件包没有单独的许可证文件。它的许可证与 {other} 相同，见该软件包的许可证全文。',
  'trust.licenses.use.app': '应用本身',
  'trust.licenses.use.cameraModel': '摄像头模式的手部模型',
  'trust.licenses.use.serviceWorker': '离线使用（Service Worker）',
  'trust.licenses.use.voice': '语音提示（构建应用时生成的语音片段）',
};
