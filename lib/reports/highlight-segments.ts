// Cuts a report's text into plain and highlighted runs at the claims' offsets, so
// a page can show each claim where it stands. Overlapping spans (two figures in
// one sentence share a quote) merge into one run that carries every claim id.

export type Span = { id: number; spanStart: number; spanEnd: number };
export type Segment = { text: string; claimIds: number[] };

export function highlightSegments(text: string, spans: Span[]): Segment[] {
  const valid = spans
    .filter((s) => s.spanStart >= 0 && s.spanEnd <= text.length && s.spanEnd > s.spanStart)
    .sort((a, b) => a.spanStart - b.spanStart || a.spanEnd - b.spanEnd);
  const segments: Segment[] = [];
  let cursor = 0;
  let run: { start: number; end: number; ids: number[] } | null = null;
  const flush = () => {
    if (!run) return;
    if (run.start > cursor) segments.push({ text: text.slice(cursor, run.start), claimIds: [] });
    segments.push({ text: text.slice(run.start, run.end), claimIds: run.ids });
    cursor = run.end;
    run = null;
  };
  for (const span of valid) {
    if (run && span.spanStart < run.end) {
      run.end = Math.max(run.end, span.spanEnd);
      run.ids.push(span.id);
      continue;
    }
    flush();
    run = { start: Math.max(span.spanStart, cursor), end: span.spanEnd, ids: [span.id] };
  }
  flush();
  if (cursor < text.length) segments.push({ text: text.slice(cursor), claimIds: [] });
  return segments;
}
