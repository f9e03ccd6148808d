/**
 * A WebM video of one decoder step (to put in slides): every phase of the step is played on the
 * page's own stage, its motion sampled at fixed points of the running animations (paused and
 * seeked, so a slow machine drops no frame), each frame copied from the same SVG the page shows
 * (svgCapture), then the frames are drawn on a canvas in real time and recorded with MediaRecorder.
 */
import { backgroundOf, captureSvg } from '../../app/svgCapture';
import { pruneStyles, serializeSvg } from '../../app/svgSerialize';

/** Frames sampled per phase transition. */
export const FRAMES_PER_MOVE = 10;
/** How long each sampled frame of a move shows, ms (10 × 45 ms ≈ the motion's 420 ms at 1×). */
export const MOVE_FRAME_MS = 45;
/** How long the finished state of each phase shows, ms. */
export const HOLD_MS = 700;

/** One picture of the video and how long it stays. */
interface Frame {
  image: HTMLImageElement;
  ms: number;
}

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** The stage as an image, with the animated transform and opacity of every moving element as they are now. */
async function snapshot(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const moved: SVGElement[] = [];
  svg.querySelectorAll<SVGElement>('[data-key]').forEach((el) => {
    if (el.getAnimations().length === 0) return;
    const cs = getComputedStyle(el);
    el.style.setProperty('--stg-was-opacity', el.style.opacity);
    el.style.transform = cs.transform;
    el.style.opacity = cs.opacity;
    moved.push(el);
  });
  const sized = captureSvg(svg, 1);
  for (const el of moved) {
    el.style.removeProperty('transform');
    el.style.opacity = el.style.getPropertyValue('--stg-was-opacity');
    el.style.removeProperty('--stg-was-opacity');
  }
  const text = serializeSvg(pruneStyles(sized.node), {
    width: sized.width,
    height: sized.height,
    title: 'step',
    background: backgroundOf(svg) ?? '#ffffff',
  });
  const img = new Image(sized.width, sized.height);
  img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  await img.decode();
  return img;
}

/**
 * Records the step now on `svg`: `toFirst()` puts the cursor on the step's first phase (instantly),
 * `next()` moves it one phase on (the stage animates); `phases` phases in all. Resolves to the
 * WebM blob. Throws where the browser cannot record WebM.
 */
export async function recordStepVideo(
  getSvg: () => SVGSVGElement | null,
  phases: number,
  toFirst: () => void,
  next: () => void,
): Promise<Blob> {
  if (typeof MediaRecorder === 'undefined' || !MediaRecorder.isTypeSupported('video/webm'))
    throw new Error('WebM recording is not supported here');
  toFirst();
  await nextFrame();
  await nextFrame();
  const frames: Frame[] = [];
  const first = getSvg();
  if (!first) throw new Error('no step picture');
  frames.push({ image: await snapshot(first), ms: HOLD_MS });
  for (let p = 1; p < phases; p++) {
    next();
    // wait for the new phase to be drawn and its motion to start
    let svg = getSvg();
    let anims: Animation[] = [];
    for (let i = 0; i < 60 && anims.length === 0; i++) {
      await nextFrame();
      svg = getSvg();
      anims = svg?.getAnimations({ subtree: true }) ?? [];
    }
    if (!svg) throw new Error('no step picture');
    for (let k = 1; k <= FRAMES_PER_MOVE; k++) {
      for (const a of anims) {
        a.pause();
        a.currentTime = (k / FRAMES_PER_MOVE) * Number(a.effect?.getComputedTiming().endTime ?? 0);
      }
      frames.push({ image: await snapshot(svg), ms: MOVE_FRAME_MS });
    }
    for (const a of anims) a.finish();
    frames.push({ image: await snapshot(svg), ms: HOLD_MS });
  }
  try {
    return await play(frames);
  } finally {
    for (const f of frames) URL.revokeObjectURL(f.image.src);
  }
}

/** Draws the frames on a canvas at their pace while MediaRecorder records it. */
async function play(frames: Frame[]): Promise<Blob> {
  const w = frames[0]!.image.width;
  const h = frames[0]!.image.height;
  const canvas = document.createElement('canvas');
  canvas.width = w % 2 ? w + 1 : w;
  canvas.height = h % 2 ? h + 1 : h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const stream = canvas.captureStream(30);
  const type = MediaRecorder.isTypeSupported('video/webm;codecs=vp9') ? 'video/webm;codecs=vp9' : 'video/webm';
  const rec = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 2_500_000 });
  const chunks: Blob[] = [];
  rec.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
  const stopped = new Promise<void>((r) => (rec.onstop = () => r()));
  let failure: unknown = null;
  rec.onerror = (e) => (failure = (e as Event & { error?: unknown }).error ?? e);
  const draw = (img: HTMLImageElement): void => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0);
  };
  draw(frames[0]!.image);
  // a canvas the page may not read back records nothing: say so instead of saving an empty file
  try {
    canvas.toDataURL();
  } catch {
    throw new Error('the stage picture cannot be drawn into a video here (tainted canvas)');
  }
  rec.start(250);
  for (const f of frames) {
    draw(f.image);
    await new Promise((r) => setTimeout(r, f.ms));
  }
  rec.stop();
  await stopped;
  for (const t of stream.getTracks()) t.stop();
  if (failure || chunks.length === 0)
    throw new Error(
      `recording failed: ${failure instanceof Error ? failure.message : failure ? 'the recorder reported an error' : 'no data'}`,
    );
  return new Blob(chunks, { type: 'video/webm' });
}
