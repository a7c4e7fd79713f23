import type { JSX } from 'preact';
import { t } from '../../../i18n/i18n';
import {
  anchorsFor,
  drawings,
  mirrorX,
  primaryAnchor,
  rightHand,
  type DrawingId,
  type PointAnchor,
  type Xy,
} from '../../../domain/drawings';
import { otherSide, type PointId, type Side, findPoint } from '../../../domain/points';
import { FingerMeasures } from './finger-measures';
import { FistSide } from './fist-side';
import { HandBack } from './hand-back';
import { HeadBack, ThumbPaths } from './head-back';
import { NeckMuscles } from './neck-muscles';
import { ShouldersBack } from './shoulders-back';
import { angleOf, Crease, Nail, Silhouette, Zone } from './shapes';
import './illustrations.css';
import { sideWordKey } from '../../../domain/point-words';

export type PictureSize = 'small' | 'large';

function sideWord(pointId: PointId, side: Side): string {
  return t(sideWordKey(findPoint(pointId).region, side));
}

/** The words that describe where the zone is: the picture's text alternative. */
export function pictureLabel(anchor: PointAnchor): string {
  const side = sideWord(anchor.pointId, anchor.side);
  if (anchor.drawing === 'fist-side') return t('guide.pic.fist', { hand: side });
  if (anchor.drawing === 'hand-grasp') return t('guide.pic.grasp', { hand: side });
  return t(`guide.pic.${anchor.pointId}`, { side });
}

const captionView: Readonly<Record<DrawingId, string>> = {
  'hand-back': 'hand',
  'hand-grasp': 'grasp',
  'fist-side': 'fist',
  'head-back': 'head',
  'shoulders-back': 'shoulder',
  'neck-muscles': 'head',
  'finger-measures': 'hand',
};

/** A short caption under a picture: which hand or side, and which view. */
export function pictureCaption(anchor: PointAnchor): string {
  const view = captionView[anchor.drawing] as 'hand' | 'grasp' | 'fist' | 'head' | 'shoulder';
  return t(`guide.caption.${view}.${anchor.side}`);
}

function Svg(props: {
  drawing: DrawingId;
  label: string;
  size: PictureSize;
  children: JSX.Element | JSX.Element[];
  extraClass?: string;
}) {
  const { width, height } = drawings[props.drawing];
  return (
    <svg
      class={`pic pic-${props.size} pic-${props.drawing}${props.extraClass ? ` ${props.extraClass}` : ''}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={props.label}
      data-drawing={props.drawing}
    >
      {props.children}
    </svg>
  );
}

/**
 * The half-thumb-width step back from the knuckles to Luozhen, drawn on the right hand: a line
 * across the two knuckles, and a bar from it down to the likely spot.
 */
function HalfCunMeasure() {
  const { index, middle } = rightHand.knuckles;
  const x = (index.x + middle.x) / 2 + 1;
  const y0 = (index.y + middle.y) / 2;
  const y1 = y0 + rightHand.cunUnits / 2;
  return (
    <g class="pic-measure-bar">
      <line class="pic-measure" x1={index.x} y1={index.y} x2={middle.x} y2={middle.y} />
      <line x1={x} y1={y0} x2={x} y2={y1} />
      <line x1={x - 5} y1={y0} x2={x + 5} y2={y0} />
    </g>
  );
}

function between(a: Xy, b: Xy, t: number): Xy {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/**
 * The other hand grasping Hegu (right-hand coordinates): it comes from the thumb side, its thumb
 * over the web onto the back of the hand, its forefinger under the palm (drawn dashed).
 */
function GraspingHand({ anchor }: { anchor: PointAnchor }) {
  const { width } = drawings['hand-grasp'];
  const spot = { x: anchor.side === 'left' ? mirrorX(width, anchor.cx) : anchor.cx, y: anchor.cy };
  const thumbBase = { x: -6, y: 92 };
  const thumbTip = { x: spot.x - 3, y: spot.y - 2 };
  const fingerFrom = { x: -10, y: 168 };
  const fingerTo = { x: spot.x - 2, y: spot.y + 14 };
  const fingerLength = Math.hypot(fingerTo.x - fingerFrom.x, fingerTo.y - fingerFrom.y);
  return (
    <g>
      <rect
        class="pic-underneath"
        x={-fingerLength}
        y={-11}
        width={fingerLength + 11}
        height={22}
        rx={11}
        transform={`translate(${fingerTo.x} ${fingerTo.y}) rotate(${angleOf(fingerFrom, fingerTo)})`}
      />
      <Silhouette areas={[]} limbs={[{ xys: [thumbBase, thumbTip], width: 26 }]} tone="other" />
      <Crease at={between(thumbBase, thumbTip, 0.7)} from={thumbBase} to={thumbTip} width={26} />
      <Nail from={thumbBase} tip={thumbTip} width={26} />
    </g>
  );
}

function drawingOf(anchor: PointAnchor, highlighted: boolean): JSX.Element {
  const mirrored = anchor.side === 'left';
  const zone = <Zone anchor={anchor} highlighted={highlighted} />;
  switch (anchor.drawing) {
    case 'hand-back':
      return (
        <g>
          <HandBack mirrored={mirrored}>
            {anchor.pointId === 'EX-UE8' ? <HalfCunMeasure /> : null}
          </HandBack>
          {zone}
        </g>
      );
    case 'hand-grasp':
      return (
        <g>
          <HandBack mirrored={mirrored}>
            <GraspingHand anchor={anchor} />
          </HandBack>
          {zone}
        </g>
      );
    case 'fist-side':
      return (
        <g>
          <FistSide mirrored={mirrored} />
          {zone}
        </g>
      );
    case 'head-back': {
      const other = primaryAnchor('GB20', otherSide(anchor.side));
      const [left, right] = anchor.side === 'left' ? [anchor, other] : [other, anchor];
      return (
        <HeadBack>
          <ThumbPaths leftX={left.cx} rightX={right.cx} y={anchor.cy} r={anchor.r} />
          <Zone anchor={other} isOther />
          {zone}
        </HeadBack>
      );
    }
    case 'shoulders-back': {
      const other = primaryAnchor('GB21', otherSide(anchor.side));
      return (
        <ShouldersBack>
          <Zone anchor={other} isOther />
          {zone}
        </ShouldersBack>
      );
    }
    case 'neck-muscles':
      return <NeckMuscles />;
    case 'finger-measures':
      return <FingerMeasures />;
  }
}

/**
 * The picture of a point on one side, as the session's hold screen shows it: the right hand
 * mirrored for a left-hand step, the head or shoulders from behind with that side's zone marked.
 */
export function PointPicture(props: {
  pointId: PointId;
  side: Side;
  highlighted?: boolean;
  size?: PictureSize;
  /** Drawn over the picture in its own coordinates (e.g. the person's own spot, from the spots feature). */
  overlay?: JSX.Element | null;
  /** Words added to the picture's text alternative (what the overlay shows). */
  labelExtra?: string;
}): JSX.Element {
  const anchor = primaryAnchor(props.pointId, props.side);
  return (
    <AnchorPicture
      anchor={anchor}
      highlighted={props.highlighted ?? false}
      size={props.size ?? 'large'}
      overlay={props.overlay ?? null}
      {...(props.labelExtra ? { labelExtra: props.labelExtra } : {})}
    />
  );
}

/** One picture of a point's zone on one drawing. */
export function AnchorPicture(props: {
  anchor: PointAnchor;
  highlighted?: boolean;
  size?: PictureSize;
  overlay?: JSX.Element | null;
  labelExtra?: string;
}): JSX.Element {
  const { anchor } = props;
  const label = props.labelExtra
    ? `${pictureLabel(anchor)} ${props.labelExtra}`
    : pictureLabel(anchor);
  return (
    <Svg drawing={anchor.drawing} label={label} size={props.size ?? 'large'}>
      {drawingOf(anchor, props.highlighted ?? false)}
      {props.overlay ?? <g />}
    </Svg>
  );
}

/** All pictures of a point on one side: the main view and its helping views. */
export function pointPictures(pointId: PointId, side: Side): readonly PointAnchor[] {
  return anchorsFor(pointId, side);
}

/** The trapezius and SCM from the side, with the front and sides of the neck marked. */
export function NeckMusclesPicture({ size = 'large' }: { size?: PictureSize }): JSX.Element {
  return (
    <Svg drawing="neck-muscles" label={t('guide.pic.muscles')} size={size}>
      <NeckMuscles />
    </Svg>
  );
}

/** Thumb width = 1 cun; four fingers = 3 cun. */
export function FingerMeasuresPicture({ size = 'large' }: { size?: PictureSize }): JSX.Element {
  return (
    <Svg drawing="finger-measures" label={t('guide.pic.measures')} size={size}>
      <FingerMeasures />
    </Svg>
  );
}
