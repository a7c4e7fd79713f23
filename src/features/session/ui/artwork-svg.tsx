import { renderToString } from 'preact-render-to-string';
import { loadMessages } from '../../../i18n/i18n';
import { artworkPath, artworkSizePx } from '../model/session-lock-screen';
import { drawings, primaryAnchor } from '../../../domain/drawings';
import { pointIds, type PointId, type Side } from '../../../domain/points';
import { AnchorPicture } from '../../../shared/ui/pictures/point-picture';

/**
 * The lock screen's artwork, drawn at build time (build/point-artwork.mjs renders these SVGs
 * to PNG): the same picture of the point and side as the hold screen shows, with its zone, on
 * a square. Lock screens and notification areas take a raster image (Chromium and Safari fetch
 * the Media Session artwork themselves), so the SVG components are turned into files here.
 */

/** The light theme's colours, as the app shows them; the background is the app's. */
const backgroundColor = '#fbfaf7';
const paddingShare = 0.06;

/** Properties a static SVG renderer understands; layout and animation go. */
const paintProperties = new Set([
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
]);

/** Drops every @-rule block (dark theme, contrast, forced colours, keyframes). */
function withoutAtRules(css: string): string {
  let out = '';
  let index = 0;
  while (index < css.length) {
    const at = css.indexOf('@', index);
    if (at < 0) {
      out += css.slice(index);
      break;
    }
    out += css.slice(index, at);
    let depth = 0;
    let cursor = css.indexOf('{', at);
    if (cursor < 0) break;
    for (; cursor < css.length; cursor += 1) {
      if (css[cursor] === '{') depth += 1;
      else if (css[cursor] === '}' && (depth -= 1) === 0) break;
    }
    index = cursor + 1;
  }
  return out;
}

/**
 * The pictures' style sheet for a renderer without custom properties: the light theme's
 * variables put in place, only paint properties kept, no media queries.
 */
export function flattenPictureCss(css: string): string {
  const plain = withoutAtRules(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  const variables = new Map<string, string>();
  for (const [, name, value] of plain.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
    if (name && value) variables.set(name, value.trim());
  }
  const resolve = (value: string): string =>
    value.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => {
      const found = variables.get(name);
      return found === undefined ? whole : resolve(found);
    });
  const rules: string[] = [];
  for (const [, selector, body] of plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = (body ?? '')
      .split(';')
      .map((part) => part.split(':').map((piece) => piece.trim()))
      .filter(([property, value]) => property && value && paintProperties.has(property))
      .map(([property, value]) => `${property}:${resolve(value ?? '')}`);
    if (declarations.length > 0) rules.push(`${selector?.trim()}{${declarations.join(';')}}`);
  }
  return rules.join('\n');
}

/** Where the drawing sits on the square: its offset and its scale from drawing units. */
export function artworkPlacement(pointId: PointId, side: Side, sizePx = artworkSizePx) {
  const { width, height } = drawings[primaryAnchor(pointId, side).drawing];
  const room = sizePx * (1 - 2 * paddingShare);
  const scale = Math.min(room / width, room / height);
  return { x: (sizePx - width * scale) / 2, y: (sizePx - height * scale) / 2, scale };
}

/** One square SVG of the point's picture on that side, the search zone highlighted. */
export function artworkSvg(
  pointId: PointId,
  side: Side,
  pictureCss: string,
  sizePx = artworkSizePx,
): string {
  const anchor = primaryAnchor(pointId, side);
  const { x, y, scale } = artworkPlacement(pointId, side, sizePx);
  const { width, height } = drawings[anchor.drawing];
  const [w, h] = [width * scale, height * scale];
  const picture = renderToString(<AnchorPicture anchor={anchor} highlighted size="large" />);
  const placed = picture.replace(
    /^<svg /,
    `<svg x="${x}" y="${y}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" `,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${sizePx}" height="${sizePx}" viewBox="0 0 ${sizePx} ${sizePx}">`,
    `<style>${flattenPictureCss(pictureCss)}</style>`,
    `<rect width="${sizePx}" height="${sizePx}" fill="${backgroundColor}"/>`,
    placed,
    '</svg>',
  ].join('');
}

export interface ArtworkFile {
  readonly fileName: string;
  readonly svg: string;
  readonly pointId: PointId;
  readonly side: Side;
  readonly placement: { readonly x: number; readonly y: number; readonly scale: number };
}

/**
 * Every artwork file: its path in the build (no leading slash) and its SVG. `pictureCss` is
 * the text of the pictures' style sheet (illustrations.css).
 */
export async function allArtworkSvgs(pictureCss: string): Promise<ArtworkFile[]> {
  // The pictures' text alternatives are looked up while they render.
  await loadMessages(['core', 'guide']);
  const sides: readonly Side[] = ['left', 'right'];
  return pointIds.flatMap((pointId) =>
    sides.map((side) => ({
      fileName: artworkPath(pointId, side).slice(1),
      svg: artworkSvg(pointId, side, pictureCss),
      pointId,
      side,
      placement: artworkPlacement(pointId, side),
    })),
  );
}
