// An embedded chart (/embed/…): its title, the chart, its filters in words and its
// source line, with a link back to the view on the site; no navigation, no controls.
import type { ReactNode } from "react";
import type { PublishedChart } from "@/lib/citation/overview-publications";
import { ChartFrame } from "./chart-frame";

export function EmbeddedChart({ publication, children }: { publication: PublishedChart; children: ReactNode }) {
  return (
    <>
      <h1>{publication.title}</h1>
      <ChartFrame {...publication} embedded>
        {children}
      </ChartFrame>
    </>
  );
}
