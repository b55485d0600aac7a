// A claim's place is shown by its canonical name (the profile's, where it knows the place);
// the words the report used go beside the quote, so "Hasaka" is still found in the sentence.

/** The canonical name, falling back to the words as written when no place was resolved. */
export function placeShown(place: string | null, asWritten: string | null): string | null {
  return place ?? asWritten;
}

/** "place as written: Hasaka" beside a quote, when the report spelled the place otherwise. */
export function PlaceAsWritten({ place, asWritten }: { place: string | null; asWritten: string | null }) {
  if (!asWritten || !place || asWritten.trim() === place) return null;
  return (
    <span className="muted place-as-written" data-testid="place-as-written">
      {" "}
      (place as written: {asWritten})
    </span>
  );
}
