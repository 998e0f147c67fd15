/** "1 clip", "2,500 clips": a number of clips as every label and prompt words it. */
export function clipCount(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'clip' : 'clips'}`;
}
