/**
 * A tsvector in PostgreSQL's binary form (what tsvector_send writes and tsvectorrecv reads),
 * bound to a query as a Buffer, which the driver sends in binary. The server reads it by copying
 * bytes; its text form costs the server a parse of every character, quote and position, several
 * times the work.
 */

/** PostgreSQL's weight classes as the two high bits of a position (WEP_SETWEIGHT). */
const WEIGHT_BITS: Readonly<Record<string, number>> = { A: 3 << 14, B: 2 << 14, C: 1 << 14, D: 0 };

/** A position with its weight class (A to D), as one entry of the binary form. */
export function weightedPosition(position: number, weight: string): number {
  return position | WEIGHT_BITS[weight]!;
}

/**
 * The tsvector of `lexemes`, each with its weighted positions in increasing order (none for a
 * lexeme without). The lexemes must be distinct, as the keys of a map or a set are. They are sent
 * sorted, as the server keeps them, so that its one process that writes an import's clips does
 * not sort them: by UTF-16 units, which is its order (UTF-8 bytes) but for some characters past
 * U+FFFF, whose rare tsvectors it sorts itself.
 */
export function binaryTsvector(lexemes: Iterable<string>, positionsOf: (lexeme: string) => readonly number[] = () => []): Buffer {
  return sortedBinaryTsvector([...lexemes].sort(), positionsOf);
}

/** The same of lexemes already in that order (JavaScript's sort of strings), which it does not check. */
export function sortedBinaryTsvector(sorted: readonly string[], positionsOf: (lexeme: string) => readonly number[] = () => []): Buffer {
  let size = 4;
  for (const lexeme of sorted) size += lexeme.length * 3 + 3 + 2 * positionsOf(lexeme).length;
  const out = Buffer.allocUnsafe(size);
  let at = out.writeInt32BE(sorted.length, 0);
  for (const lexeme of sorted) {
    at += out.write(lexeme, at, 'utf8');
    at = out.writeUInt8(0, at);
    const positions = positionsOf(lexeme);
    at = out.writeUInt16BE(positions.length, at);
    for (const p of positions) at = out.writeUInt16BE(p, at);
  }
  return out.subarray(0, at);
}
