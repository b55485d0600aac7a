// Places and claimants arrive as canonical names, but spacing and case still vary
// between extractors and hand entry ("SOHR" vs "sohr "): compare on a folded key.

export function toNameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The folded place, or null when the claim names none (an empty string names none). */
export function toPlaceKey(place: string | null): string | null {
  if (place === null) return null;
  const key = toNameKey(place);
  return key === "" ? null : key;
}
