/**
 * The literals of a group that contain no other literal of it, each once. A text holds one of the
 * group's literals exactly when it holds one of these: "the kremlin" cannot occur without
 * "kremlin". The spelled-out cue alternatives repeat such pairs by the thousand, and every one
 * dropped spares the matcher states (fewer than 65,536 keep its table at two bytes a cell).
 */
export function withoutSuperstrings(literals: readonly string[]): string[] {
  const shortestFirst = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of shortestFirst) {
    if (!kept.some((k) => literal.includes(k))) kept.push(literal);
  }
  return kept;
}
