import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import {
  artworkPath,
  artworkSizePx,
  artworkSizesPx,
} from '../src/features/session/model/session-lock-screen';
import { primaryAnchor } from '../src/domain/drawings';
import { pointIds } from '../src/domain/points';
import { artworkSvgs, pointArtwork, renderArtworkPng } from './point-artwork.mjs';

const files = await artworkSvgs();

/** The colour of one pixel of the rendered artwork, as #rrggbb. */
function pixelAt(svg: string, x: number, y: number): string {
  const image = new Resvg(svg).render();
  const offset = (Math.round(y) * image.width + Math.round(x)) * 4;
  return `#${[...image.pixels.subarray(offset, offset + 3)]
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

describe('the lock-screen artwork', () => {
  it('has one picture for each point and side, where the lock screen asks for it', () => {
    const expected = pointIds.flatMap((id) =>
      (['left', 'right'] as const).map((side) => artworkPath(id, side).slice(1)),
    );
    expect(files.map((file) => file.fileName).sort()).toEqual(expected.sort());
  });

  it('renders each as a square PNG of each advertised size', () => {
    for (const { svg } of files) {
      const png = renderArtworkPng(svg);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([artworkSizePx, artworkSizePx]);
    }
    const [first] = files;
    for (const size of artworkSizesPx) {
      const png = renderArtworkPng(first!.svg, size);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("marks the point's zone where the anchors data puts it, on that side", () => {
    for (const pointId of pointIds) {
      for (const side of ['left', 'right'] as const) {
        const anchor = primaryAnchor(pointId, side);
        const file = files.find(
          (candidate) => candidate.fileName === artworkPath(pointId, side).slice(1),
        )!;
        expect([file.pointId, file.side]).toEqual([pointId, side]);
        const { x, y, scale } = file.placement;
        // The likely spot at the zone's centre is filled with the zone colour (#0b6b5c).
        expect(pixelAt(file.svg, x + anchor.cx * scale, y + anchor.cy * scale)).toBe('#0b6b5c');
      }
    }
  });

  it('puts the files into the build', async () => {
    const emitted: string[] = [];
    await (pointArtwork().generateBundle as unknown as (this: unknown) => Promise<void>).call({
      emitFile: (file: { fileName: string }) => emitted.push(file.fileName),
    });
    expect(emitted).toHaveLength(pointIds.length * 2 * artworkSizesPx.length);
    for (const id of pointIds) {
      for (const size of artworkSizesPx)
        expect(emitted).toContain(artworkPath(id, 'left', size).slice(1));
    }
  });
});
