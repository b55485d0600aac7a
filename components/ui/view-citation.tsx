// Under a page's tables: where its figures come from, with their licences, and how to
// cite exactly this view (its address with the filters, the day it was read). The
// texts come from lib/citation, as under the charts and in the CSV companions.
import { CopyButton } from "./copy-button";

export function ViewCitation({ sourceLine, citeText }: { sourceLine: string; citeText: string }) {
  return (
    <div className="view-citation" data-testid="view-citation">
      <p className="muted small" data-testid="source-line">{sourceLine}</p>
      <p className="small">
        <strong>Cite this view:</strong> <span className="cite" data-testid="cite-text">{citeText}</span> <CopyButton text={citeText} label="Copy citation" />
      </p>
    </div>
  );
}
