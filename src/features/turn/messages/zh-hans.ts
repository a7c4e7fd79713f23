import type { enTurn } from './en';

/** Simplified Chinese messages of the turn test, translated from en.ts. */
export const zhHansTurn: Record<keyof typeof enTurn, string> = {
  'turn.nav': '转头测试',
  'turn.title': '转头测试：你的头能转多远',
  'turn.historyIntro': '把手机放在头上，测量头向两侧各能转多少度。大约 20 秒，可选。',
  'turn.historyLink': '打开转头测试',
  'turn.what': '测量什么',
  'turn.whatBody':
    '手机放在头上时，由手机的运动传感器测出头向两侧各转了多少度。读数只留在这台设备上。这是大致的自我测量，不是临床测量。',
  'turn.limits':
    '在已知角度的测试读数上，每 100 个结果中有 95 个与真实角度相差不超过 5°，两侧各到 90° 为止；更大的转动显示为“90° 或以上”。同一转动测两次可能相差约 5°，所以小于这个数的变化不会显示为变化。',
  'turn.how': '怎样放手机',
  'turn.howBody':
    '坐直。把手机平放在头顶、屏幕朝上，或平贴在额头上，转头时让它在头上保持不动。手机有语音时会读出每一步；每一步也会显示在这里。',
  'turn.comfort': '只转到舒适的程度。不要转到疼。',
  'turn.confirm': '我的脖子没有因受伤而疼痛，转头时也不会头晕。',
  'turn.start': '开始转头测试',
  'turn.stop': '停止',
  'turn.prompt.asking': '请允许使用运动传感器以开始。',
  'turn.prompt.rest': '头保持不动，看向正前方。',
  'turn.prompt.left': '慢慢把头转向左边，转到舒适的程度，然后保持。',
  'turn.prompt.middle': '现在回到中间，保持。',
  'turn.prompt.right': '现在慢慢转向右边，转到舒适的程度，然后保持。',
  'turn.prompt.back': '现在回到中间。',
  'turn.prompt.done': '完成。',
  'turn.angle': '已转 {n}°',
  'turn.result': '左 {left}，右 {right}。',
  'turn.degrees': '{n}°',
  'turn.degreesAtLeast': '{n}° 或以上',
  'turn.notMeasured': '未测到',
  'turn.resultNote': '大致数值，不是临床测量。',
  'turn.again': '再测一次',
  'turn.problem.unsupported': '这个浏览器读不到运动传感器，所以无法在这里进行转头测试。',
  'turn.problem.denied': '未允许使用运动传感器。你可以在浏览器设置中允许后再试。',
  'turn.problem.no-readings': '这台设备没有给出运动读数。转头测试需要有运动传感器的手机或平板。',
  'turn.stopped': '已停止。如果感到头晕或不适，请坐下休息，并阅读何时需要就医。',
  'turn.help': '何时需要就医',
  'turn.needsScreening': '转头测试在安全检查之后开放：请先阅读警示信号。',
  'turn.screeningLink': '去做安全检查',
  'turn.notOffered':
    '不为你提供转头测试：你告诉我们颈部最近受过伤。测量颈部能转多远之前，请先问医生。',
};
