import type { LanguageCode } from '../../domain/languages.js';
import { assTime, captionBandTop, FRAME, SAFE_AREA } from './captions.js';
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
/** Height, px, a crown is drawn at most when it is lowered onto a head too near the top (0.1 of the frame: 224 px wide). */
export const CROWN_LOWERED_HEIGHT = Math.round(0.1 * FRAME.height);
/** A four-pointed spark, 40 × 40 drawing units (`\an5`: centred at `\pos`). Drawings keep to positive coordinates: libass misplaces negative ones. */
const SPARK = 'm 20 0 l 25 15 l 40 20 l 25 25 l 20 40 l 15 25 l 0 20 l 15 15';
/** Height of the ticker bar, px. */
const TICKER_HEIGHT = 44;
/** The overlays' black outline (`\bord`), px, plus 1 px of libass's anti-aliasing: how far ink reaches past a drawing's shape. */
const INK_REACH = 4;
/** Seconds an overlay takes to fade in when it is revealed after the opener's title. */
export const OVERLAY_FADE_IN_S = 0.25;

/**
 * Where and when a look's overlay may be drawn (docs/renderer.md "Filter looks"): a rectangle of frame pixels
 * its ink stays inside — below the top 10 % the apps cover, inside the side 6 %, above the caption band — and
 * the time it appears from (the opener's end when the video has a title, so the two never overlap).
 */
export interface OverlayArea {
  /** Frame rows and columns, px: ink stays in [left, right) × [top, bottom). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Seconds from the start of the video: nothing is drawn before; it fades in over {@link OVERLAY_FADE_IN_S}. */
  revealS: number;
}

/**
 * The overlay area for a video in `language` (its caption band: `captionBandTop`), revealed at `revealS`
 * (the opener's end, `OPENER.endS` of titles.ts, when the video has an opener; else 0).
 */
export function overlayArea(language: LanguageCode, revealS = 0): OverlayArea {
  return { left: SAFE_AREA.side, right: FRAME.width - SAFE_AREA.side, top: SAFE_AREA.top, bottom: captionBandTop(language), revealS };
}

/** `v` held within [lo, hi] (`lo` wins when the range is empty). */
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * ASS Dialogue lines drawing `look`'s overlay over each span, every shape clamped inside `area` (ink, outline
 * included): `crown` sits on the top edge of the box, 0.7 of its width (at most {@link CROWN_MAX_WIDTH} of the
 * frame and the area's width), centred on it — lowered just enough to stay below the area's top, and then at
 * most {@link CROWN_LOWERED_HEIGHT} tall (a close-up wears a smaller crown over the top of its head); `sparks`
 * are four sparks on the box's corners, a quarter of its width each, moved in to stay whole in the area (a box that is the whole photo keeps them inside the frame);
 * `ticker` is a score bar across the area's top, clear of the captions in every language. Nothing is drawn
 * before `area.revealS`; from then on the overlay fades in over {@link OVERLAY_FADE_IN_S}.
 */
export function overlayEvents(look: FilterLook, spans: readonly BoxSpan[], area: OverlayArea): string[] {
  const out: string[] = [];
  const fadeEndS = area.revealS > 0 ? area.revealS + OVERLAY_FADE_IN_S : 0;
  for (const span of spans) {
    const startS = Math.max(span.startS, area.revealS);
    const { endS, box } = span;
    if (assTime(startS) >= assTime(endS)) continue;
    const t = `${assTime(startS)},${assTime(endS)}`;
    // Fading in: the alpha at the event's start, down to opaque at fadeEndS (\fade's times are from the event's start).
    let fade = '';
    if (startS < fadeEndS) {
      const alpha = Math.round(255 * (1 - (startS - area.revealS) / OVERLAY_FADE_IN_S));
      const toMs = Math.round((fadeEndS - startS) * 1000);
      fade = `\\fade(${alpha},0,0,0,${toMs},${toMs},${toMs})`;
    }
    const fill = `\\1c${look.colour}\\3c&H000000&\\bord3\\shad0${fade}`;
    const r = Math.round;
    if (look.overlay === 'crown') {
      // A head too near the top to wear the crown above it: the crown is lowered onto it, and smaller (at most
      // CROWN_LOWERED_HEIGHT tall, or as tall as the room above the head), so it covers less of the face.
      const room = box.y - area.top - INK_REACH;
      const heightCap = Math.max(room, CROWN_LOWERED_HEIGHT);
      const width = Math.min(0.7 * box.width, CROWN_MAX_WIDTH * FRAME.width, area.right - area.left - 2 * INK_REACH, (heightCap * 140) / 80);
      const scale = r((100 * width) / 140);
      const w = (140 * scale) / 100;
      const h = (80 * scale) / 100;
      const cx = clamp(box.x + box.width / 2, area.left + w / 2 + INK_REACH, area.right - w / 2 - INK_REACH);
      const bottom = clamp(box.y, area.top + h + INK_REACH, area.bottom - INK_REACH);
      out.push(`Dialogue: 0,${t},Look,,0,0,0,,{\\an2\\pos(${r(cx)},${r(bottom)})\\fscx${scale}\\fscy${scale}${fill}\\p1}${CROWN}{\\p0}`);
    } else if (look.overlay === 'sparks') {
      // A quarter of the box's width, the box taken at most as wide as the frame (a clip's zoom can make it wider).
      const scale = r((100 * 0.25 * Math.min(box.width, FRAME.width)) / 40);
      const half = (40 * scale) / 200 + INK_REACH;
      for (const [cx, cy] of [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]] as const) {
        const x = clamp(cx, area.left + half, area.right - half);
        const y = clamp(cy, area.top + half, area.bottom - half);
        out.push(`Dialogue: 0,${t},Look,,0,0,0,,{\\an5\\pos(${r(x)},${r(y)})\\fscx${scale}\\fscy${scale}${fill}\\p1}${SPARK}{\\p0}`);
      }
    } else {
      const w = r(area.right - area.left - 2 * INK_REACH);
      out.push(`Dialogue: 0,${t},Look,,0,0,0,,{\\an7\\pos(${r(area.left + INK_REACH)},${r(area.top + INK_REACH)})${fill}\\p1}m 0 0 l ${w} 0 l ${w} ${TICKER_HEIGHT} l 0 ${TICKER_HEIGHT}{\\p0}`);
    }
  }
  return out;
}
