import Link from "next/link";

export default function NotFound() {
  return (
    <div className="notice">
      <h1>Not found</h1>
      <p>There is no page at this address. <Link href="/">Back to the overview</Link> or <Link href="/reports">the reports</Link>.</p>
    </div>
  );
}
