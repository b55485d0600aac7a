// The extractor's measured accuracy per annotated corpus, as `npm run eval` wrote
// it (lib/evaluation/measured.json): never typed by hand.
import { formatF1, formatShare } from "@/lib/format/accuracy";
import type { MeasuredFigures } from "@/lib/evaluation/measured-figures";

export function MeasuredAccuracy({ figures }: { figures: MeasuredFigures }) {
  return (
    <>
      <div className="table-wrap">
        <table className="compact measured-accuracy" aria-label="Measured accuracy of the extractor" data-testid="measured-accuracy">
          <thead>
            <tr>
              <th scope="col">Corpus</th>
              <th scope="col" className="num">Reports</th>
              <th scope="col" className="num">Gold claims</th>
              <th scope="col" className="num">Strict F1</th>
              <th scope="col" className="num">Side-blind F1</th>
              <th scope="col" className="num">Claimant right</th>
              <th scope="col" className="num">Place right</th>
              <th scope="col" className="num">First look (strict F1)</th>
            </tr>
          </thead>
          <tbody>
            {figures.corpora.map((c) => (
              <tr key={c.name} data-corpus={c.name}>
                <th scope="row">{c.name}</th>
                <td className="num">{c.reports}</td>
                <td className="num">{c.goldClaims}</td>
                <td className="num" data-measure="strictF1">{formatF1(c.strictF1)}</td>
                <td className="num" data-measure="sideBlindF1">{formatF1(c.sideBlindF1)}</td>
                <td className="num" data-measure="claimantRight">{formatShare(c.claimantRight)}</td>
                <td className="num" data-measure="placeRight">{formatShare(c.placeRight)}</td>
                <td className="num">{c.firstLook === null ? <span className="muted">—</span> : formatF1(c.firstLook)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Extractor {figures.extractor.name} {figures.extractor.version}, vague words by {figures.convention}; measured by <code>{figures.command}</code> against
        hand-annotated gold claims. <strong>Strict F1</strong>: a claim counts as found only with the right figure, side and outcome.{" "}
        <strong>Side-blind F1</strong>: the same, whoever&apos;s dead they were. <strong>Claimant right</strong> and <strong>place right</strong>: of
        the claims found, the share whose claimant or place agrees with the annotator&apos;s. The rules were tuned while reading these corpora; the{" "}
        <strong>first look</strong> is a corpus&apos;s strict F1 before any rule was written for it, the fairer guide to reports the extractor has
        never seen.
      </p>
    </>
  );
}
