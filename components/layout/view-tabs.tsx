"use client";
// The main navigation. Links carry the current filters (not paging or sorting),
// so moving between views keeps what the reader chose.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

const FILTER_KEYS = ["outlet", "claimant", "side", "outcome", "place", "scope", "from", "to", "convention", "dataset"];
const VIEWS = [
  { href: "/", label: "Overview" },
  { href: "/compare", label: "Compare sources" },
  { href: "/uncertainty", label: "Uncertainty" },
  { href: "/map", label: "Map" },
  { href: "/claims", label: "Claims" },
  { href: "/reports", label: "Reports" },
  { href: "/datasets", label: "Data sets" },
];

export function ViewTabs() {
  const pathname = usePathname();
  const params = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const v of params.getAll(key)) kept.append(key, v);
  const qs = kept.toString();
  return (
    <>
      {VIEWS.map((v) => {
        const current = v.href === "/" ? pathname === "/" : pathname.startsWith(v.href);
        return (
          <Link key={v.href} href={qs && v.href !== "/reports" && v.href !== "/datasets" ? `${v.href}?${qs}` : v.href} aria-current={current ? "page" : undefined}>
            {v.label}
          </Link>
        );
      })}
    </>
  );
}
