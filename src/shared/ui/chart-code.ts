import type uPlot from 'uplot';

let loading: Promise<typeof uPlot> | undefined;

/**
 * uPlot's code, imported once for the whole app, its failure kept. uPlot's module formats numbers
 * in navigator.language at load and throws where that is no language tag (WebKitGTK under a POSIX
 * locale reports "C"). WebKit then resolves a second import() of the module that failed, with its
 * code half run (WebKit bug 303902, "Cache module evaluation errors to reject subsequent dynamic
 * imports"), and a chart would call into it. One import, remembered, shared by every chart and by
 * History's prefetch: a failure stays a failure, and the chart stays empty (each chart has the
 * same numbers in words or a table beside it).
 */
export function loadChartCode(): Promise<typeof uPlot> {
  loading ??= import('uplot').then((module) => module.default);
  return loading;
}
