/** Seeds are drawn once here, shown to the player, and explicit from then on. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function randomSeed(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;

export function isValidSeed(seed: string | null | undefined): seed is string {
  return typeof seed === 'string' && SEED_PATTERN.test(seed);
}
