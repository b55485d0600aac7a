// Coordinates as a reader writes them: "36.50° N, 40.75° E".

export function formatCoordinates(latitude: number, longitude: number): string {
  const part = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${part(latitude, "N", "S")}, ${part(longitude, "E", "W")}`;
}
