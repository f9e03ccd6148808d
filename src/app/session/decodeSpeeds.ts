/**
 * The fastest decode seen on each backend, in ms per output step: how much slower a software-rendered
 * WebGL is than WebAssembly on this machine (the figure of the session's software-WebGL notice).
 */
export class DecodeSpeeds {
  private readonly msPerStep = new Map<string, number>();

  /** Notes one decode of `steps` output steps that took `ms` on `backend`. */
  note(backend: string, ms: number, steps: number): void {
    if (steps === 0 || !(ms > 0)) return;
    const per = ms / steps;
    const best = this.msPerStep.get(backend);
    if (best === undefined || per < best) this.msPerStep.set(backend, per);
  }

  /** How many times slower webgl decodes than wasm (the fastest decode of each), or null until both have run. */
  slowdown(): number | null {
    const gl = this.msPerStep.get('webgl');
    const wasm = this.msPerStep.get('wasm');
    if (gl === undefined || wasm === undefined || !(wasm > 0)) return null;
    const f = gl / wasm;
    return f >= 10 ? Math.round(f) : Math.round(f * 10) / 10;
  }
}
