import { assTime, FRAME } from './captions.js';
import type { Rect } from './framing.js';

/**
 * The render look of each catalogue filter (config/banuba-filters.json) in the built-in renderer
 * (docs/renderer.md "Filter looks"): a colour grade (ffmpeg `eq` + a `lutyuv` tint, cheap per-frame
 * LUTs on the YUV frames) and an overlay drawn by libass from ASS vector drawings written here — no
 * image asset, every shape is the project's own — placed from the detected pet's box. The Banuba
 * effect the app applies is a different thing and unchanged.
 */

export type OverlayKind = 'crown' | 'sparks' | 'ticker';

export interface FilterLook {
  /** The catalogue filter id. */
  id: string;
  /** ffmpeg filters applied to every frame (YUV), before the captions. */
  grade: string;
  overlay: OverlayKind;
  /** Overlay fill, ASS `&HBBGGRR&`. */
  colour: string;
}

const tint = (du: number, dv: number) => `lutyuv=u='clip(val+${du},16,240)':v='clip(val+${dv},16,240)'`;

/** One look per catalogue filter. */
export const FILTER_LOOKS: Readonly<Record<string, FilterLook>> = Object.freeze({
  'desi-fire': { id: 'desi-fire', grade: `eq=contrast=1.12:saturation=1.35,${tint(-8, 14)}`, overlay: 'sparks', colour: '&H0080FF&' },
  'pet-maharaja': { id: 'pet-maharaja', grade: `eq=contrast=1.05:saturation=1.25,${tint(-10, 8)}`, overlay: 'crown', colour: '&H00D7FF&' },
  'bollywood-burn': { id: 'bollywood-burn', grade: `eq=contrast=1.2:saturation=1.4:brightness=0.02,${tint(-4, 10)}`, overlay: 'sparks', colour: '&H66E0FF&' },
  'chai-break': { id: 'chai-break', grade: `eq=contrast=0.95:saturation=0.85,${tint(-12, 6)}`, overlay: 'sparks', colour: '&HD0E8F5&' },
  'cricket-commentator': { id: 'cricket-commentator', grade: 'eq=contrast=1.1:saturation=1.15', overlay: 'ticker', colour: '&H7A3A0F&' },
  'rangoli-wings': { id: 'rangoli-wings', grade: `eq=saturation=1.5,${tint(6, 6)}`, overlay: 'sparks', colour: '&HB469FF&' },
  'safari-star': { id: 'safari-star', grade: `eq=contrast=1.08:saturation=0.9,${tint(-6, 4)}`, overlay: 'ticker', colour: '&H1F5A3A&' },
});

/** The look of a filter id, or undefined when the filter has none (or there is no filter). */
export const lookFor = (filterId: string | null | undefined): FilterLook | undefined => (filterId ? FILTER_LOOKS[filterId] : undefined);

/** The ASS style the overlays are drawn with (vector drawings; the font is only for the ticker's text). */
export const LOOK_STYLE = 'Style: Look,Noto Sans,36,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,-1,0,0,0,100,100,0,0,1,3,0,7,0,0,0,1';

/** The pet's box in output-frame pixels over a time span. */
export interface BoxSpan {
  startS: number;
  endS: number;
  box: Rect;
}

/** Crown: 140 × 80 drawing units (ASS `\p1`); libass aligns a drawing by its bounding box (`\an2`: bottom centre at `\pos`). */
const CROWN = 'm 10 80 l 130 80 l 140 10 l 100 45 l 70 0 l 40 45 l 0 10';
/** The crown is at most this fraction of the frame's width (a close-up's box is the whole frame). */
export const CROWN_MAX_WIDTH = 0.5;
/** A four-pointed spark, 40 × 40 drawing units (`\an5`: centred at `\pos`). Drawings keep to positive coordinates: libass misplaces negative ones. */
const SPARK = 'm 20 0 l 25 15 l 40 20 l 25 25 l 20 40 l 15 25 l 0 20 l 15 15';

/**
 * ASS Dialogue lines drawing `look`'s overlay over each span: `crown` sits on the top edge of the box
 * (lowered just enough to stay whole in the frame; at most {@link CROWN_MAX_WIDTH} of it wide),
 * 0.7 of its width; `sparks` are four sparks on the box's corners; `ticker` is a bar under the box
 * with a score. Sizes follow the box; positions are the box's in that span.
 */
export function overlayEvents(look: FilterLook, spans: readonly BoxSpan[]): string[] {
  const out: string[] = [];
  for (const { startS, endS, box } of spans) {
    const t = `${assTime(startS)},${assTime(endS)}`;
    const x = (v: number) => Math.round(Math.max(-FRAME.width, Math.min(2 * FRAME.width, v)));
    const y = (v: number) => Math.round(Math.max(-FRAME.height, Math.min(2 * FRAME.height, v)));
    const fill = `\\1c${look.colour}\\3c&H000000&\\bord3\\shad0`;
    if (look.overlay === 'crown') {
      // 0.7 of the box's width, at most CROWN_MAX_WIDTH of the frame; kept whole inside the frame: a pet
      // whose box reaches the top (a close-up) wears it over the top of its head instead of losing it.
      const width = Math.min(0.7 * box.width, CROWN_MAX_WIDTH * FRAME.width);
      const scale = Math.round((100 * width) / 140);
      const bottom = Math.max(box.y, (80 * scale) / 100 + 6);
      out.push(`Dialogue: 0,${t},Look,,0,0,0,,{\\an2\\pos(${x(box.x + box.width / 2)},${y(bottom)})\\fscx${scale}\\fscy${scale}${fill}\\p1}${CROWN}{\\p0}`);
    } else if (look.overlay === 'sparks') {
      const scale = Math.round((100 * 0.25 * box.width) / 40);
      for (const [cx, cy] of [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]] as const) {
        out.push(`Dialogue: 0,${t},Look,,0,0,0,,{\\an5\\pos(${x(cx)},${y(cy)})\\fscx${scale}\\fscy${scale}${fill}\\p1}${SPARK}{\\p0}`);
      }
    } else {
      const w = Math.round(box.width);
      out.push(`Dialogue: 0,${t},Look,,0,0,0,,{\\an7\\pos(${x(box.x)},${y(box.y + box.height + 8)})${fill}\\p1}m 0 0 l ${w} 0 l ${w} 44 l 0 44{\\p0}`);
    }
  }
  return out;
}
