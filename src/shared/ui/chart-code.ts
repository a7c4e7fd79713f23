import type uPlot from 'uplot';

let loading: Promise<typeof uPlot> | undefined;

/**
 * uPlot's code, imported once for the whole app, its failure kept. uPlot's module formats numbers
 * in navigator.language at load and throws where that is no language tag (WebKitGTK under a POSIX
 * locale reports "C"). WebKit then resolves a second import() of the module that failed, with its
 * code half run (WebKit bug 303902, "Cache module evaluation errors to reject subsequent dynamic
 * imports"), and the chart would call into it. One import, remembered, and every chart and the
 * History route's prefetch share it: a failure stays a failure, and the chart stays empty (the
 * table view has the same numbers).
 */
export function loadChartCode(): Promise<typeof uPlot> {
  loading ??= import('uplot').then((module) => module.default);
  return loading;
}
