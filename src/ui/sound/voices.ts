/**
 * The game's three sounds, made with Web Audio when they play (no sound
 * files): a till for a deal, a door closing for a rep who quits, a murmur of
 * voices for word of mouth. All short and quiet; the board sets the volume.
 */

/** The parts of an AudioContext the voices use (a test passes a stub). */
export type AudioLike = Pick<BaseAudioContext, 'currentTime' | 'sampleRate' | 'createOscillator' | 'createGain' | 'createBuffer' | 'createBufferSource' | 'createBiquadFilter'>;

export type Cue = 'deal' | 'quit' | 'wom';

/** An envelope: silent, up to `peak` in `attack` seconds, then down over `decay` seconds. */
function envelope(ctx: AudioLike, out: AudioNode, at: number, peak: number, attack: number, decay: number): GainNode {
  const g = ctx.createGain();
  g.gain.setValueAtTime(0.0001, at);
  g.gain.exponentialRampToValueAtTime(peak, at + attack);
  g.gain.exponentialRampToValueAtTime(0.0001, at + attack + decay);
  g.connect(out);
  return g;
}

function tone(ctx: AudioLike, out: AudioNode, type: OscillatorType, from: number, to: number, at: number, peak: number, attack: number, decay: number): void {
  const o = ctx.createOscillator();
  o.type = type;
  o.frequency.setValueAtTime(from, at);
  if (to !== from) o.frequency.exponentialRampToValueAtTime(to, at + attack + decay);
  o.connect(envelope(ctx, out, at, peak, attack, decay));
  o.start(at);
  o.stop(at + attack + decay + 0.05);
}

/** White noise from a small fixed generator (the same every time; no Math.random needed). */
function noise(ctx: AudioLike, seconds: number): AudioBuffer {
  const length = Math.max(1, Math.floor(ctx.sampleRate * seconds));
  const buffer = ctx.createBuffer(1, length, ctx.sampleRate);
  const data = buffer.getChannelData(0);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = ((x >>> 0) / 0xffffffff) * 2 - 1;
  }
  return buffer;
}

function filteredNoise(ctx: AudioLike, out: AudioNode, type: BiquadFilterType, frequency: number, q: number, at: number, peak: number, attack: number, decay: number): GainNode {
  const src = ctx.createBufferSource();
  src.buffer = noise(ctx, attack + decay + 0.05);
  const f = ctx.createBiquadFilter();
  f.type = type;
  f.frequency.setValueAtTime(frequency, at);
  f.Q.setValueAtTime(q, at);
  const env = envelope(ctx, out, at, peak, attack, decay);
  src.connect(f);
  f.connect(env);
  src.start(at);
  src.stop(at + attack + decay + 0.05);
  return env;
}

/** A till: the drawer's clack, then two bright bells. */
function till(ctx: AudioLike, out: AudioNode, at: number): void {
  filteredNoise(ctx, out, 'bandpass', 2500, 2, at, 0.5, 0.003, 0.05);
  tone(ctx, out, 'triangle', 2637, 2637, at + 0.05, 0.35, 0.005, 0.35);
  tone(ctx, out, 'triangle', 3520, 3520, at + 0.11, 0.3, 0.005, 0.45);
}

/** A door: a short creak, then a low thud as it shuts. */
function door(ctx: AudioLike, out: AudioNode, at: number): void {
  filteredNoise(ctx, out, 'bandpass', 900, 8, at, 0.12, 0.05, 0.25);
  tone(ctx, out, 'sine', 120, 45, at + 0.28, 0.7, 0.005, 0.3);
  filteredNoise(ctx, out, 'lowpass', 350, 1, at + 0.28, 0.5, 0.003, 0.12);
}

/** A murmur: voice-band noise, swelling and falling like a few people talking. */
function murmur(ctx: AudioLike, out: AudioNode, at: number): void {
  const env = filteredNoise(ctx, out, 'bandpass', 550, 1.2, at, 0.35, 0.25, 0.7);
  const lfo = ctx.createOscillator();
  lfo.frequency.setValueAtTime(5.5, at);
  const depth = ctx.createGain();
  depth.gain.setValueAtTime(0.12, at);
  lfo.connect(depth);
  depth.connect(env.gain);
  lfo.start(at);
  lfo.stop(at + 1);
}

export const VOICES: Record<Cue, (ctx: AudioLike, out: AudioNode, at: number) => void> = { deal: till, quit: door, wom: murmur };
