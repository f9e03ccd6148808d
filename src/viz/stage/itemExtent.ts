/**
 * Geometry the stage layout tests check with: how much room an item takes on the stage and whether
 * two boxes overlap. Text items are measured from their anchor and estimated width. Tests only.
 */
import type { Box } from './frame';
import type { StageItem } from './types';

/** The extent of an item (text: from its anchor and estimated width, 14 px high above its baseline). */
export function extent(it: StageItem): Box {
  const b = it.box;
  if (it.kind !== 'text') return b;
  const x = it.anchor === 'middle' ? b.x - b.w / 2 : it.anchor === 'end' ? b.x - b.w : b.x;
  return { x, y: b.y - 11, w: b.w, h: 14 };
}

/** Whether two boxes overlap by more than half a pixel each way. */
export const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
