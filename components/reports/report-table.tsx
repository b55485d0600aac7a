import Link from "next/link";
import { formatPublished } from "@/lib/format/dates";
import type { ReportListRow } from "@/lib/queries/list-reports";

export function ReportTable({ rows }: { rows: ReportListRow[] }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col" className="num">Claims</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><Link href={`/reports/${r.id}`}>{r.title}</Link></td>
              <td>{r.outlet}</td>
              <td>{formatPublished(r.publishedOn, r.publishedPrecision)}</td>
              <td className="num">{r.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
