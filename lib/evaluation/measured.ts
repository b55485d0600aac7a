// The figures `npm run eval -- --json-out lib/evaluation/measured.json` wrote,
// checked against their schema once, for the pages that disclose them.
import raw from "./measured.json";
import { measuredFiguresSchema, type MeasuredFigures } from "./measured-figures";

const MEASURED: MeasuredFigures = measuredFiguresSchema.parse(raw);

export function getMeasuredFigures(): MeasuredFigures {
  return MEASURED;
}
