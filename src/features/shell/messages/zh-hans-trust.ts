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
  'trust.a11y.link': '无障碍声明',
  'trust.a11y.title': '无障碍声明',
  'trust.a11y.intro':
    'Acupress 面向每一位想要颈部僵硬引导练习的人，无论使用何种设备、浏览器或辅助技术。本声明说明我们遵循的标准、应用的测试方式、已知尚不无障碍的部分，以及尚未测试的内容。',
  'trust.a11y.standardTitle': '我们遵循的标准',
  'trust.a11y.standardBody': '《Web 内容无障碍指南》(WCAG) 2.2，AA 级。',
  'trust.a11y.testedTitle': '测试方式',
  'trust.a11y.testedEngines':
    '使用 axe-core 及 WCAG 2.2 AA 规则自动检查，覆盖三种浏览器引擎：Chromium（Chrome、Edge 及大多数安卓浏览器）、WebKit（Safari，以及 iPhone 和 iPad 上的所有浏览器）和 Firefox。',
  'trust.a11y.testedAll':
    '在三种引擎中：首页、练习设置、进行中的练习和“历史”均通过 axe 检查；并按屏幕阅读器读出的名称找到控件，完整走过一次首次练习，从危险信号到保存的日志记录。',
  'trust.a11y.testedChromium':
    '在 Chromium 中还检查：危险信号、练习的每种状态、表格形式的“历史”及导入出错时、设置、帮助、关于、来源、许可证、离线时的应用，以及 320 和 640 像素宽的页面。',
  'trust.a11y.testedKeyboard':
    '仅用键盘（Tab、回车、空格和方向键）：在三种引擎中，从首页经过一次练习直到保存的日志记录；在 Chromium 中，还有从危险信号开始的完整首次练习。',
  'trust.a11y.lastRun':
    '这些检查最近一次在三种引擎中全部通过是在 {date}。应用每次改动后都会重新运行。',
  'trust.a11y.knownTitle': '尚不无障碍的部分',
  'trust.a11y.knownCamera':
    '相机模式（“在我的手上显示”）在您手部的实时画面上标出穴位，因此需要视力。如无法看清，请改用语音引导：每个穴位页面上的文字步骤（屏幕阅读器可以朗读）以及练习中的语音提示。',
  'trust.a11y.knownDrawings': '穴位图配有文字描述，但其中的细节只写在图旁的文字步骤里。',
  'trust.a11y.knownWebKit':
    '我们测试所用的 WebKit 运行在 Linux 上，而不是 iPhone 上：锁屏时的声音和 VoiceOver 在手机上可能表现不同。',
  'trust.a11y.notTestedTitle': '尚未测试的内容',
  'trust.a11y.notTestedBody':
    '真实设备上的屏幕阅读器：iPhone 和 Mac 上的 VoiceOver、安卓上的 TalkBack 以及 Windows 上的 NVDA。手动测试的步骤见应用源代码中的 docs/real-devices.md。',
  'trust.licenses.use.voice': '语音提示（构建应用时生成的语音片段）',
};
