"use client";
// The main navigation. Links carry the current filters (not paging or sorting),
// so moving between views keeps what the reader chose.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { FILTER_KEYS } from "@/lib/filters/filter-schema";

const VIEWS = [
  { href: "/", label: "Overview" },
  { href: "/compare", label: "Compare sources" },
  { href: "/uncertainty", label: "Uncertainty" },
  { href: "/coverage", label: "Coverage" },
  { href: "/map", label: "Map" },
  { href: "/claims", label: "Claims" },
  { href: "/reports", label: "Reports" },
  { href: "/datasets", label: "Data sets" },
  { href: "/about", label: "About" },
];
// Views about no filtered set of claims: their links carry no filters.
const UNFILTERED = new Set(["/reports", "/datasets", "/about"]);

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
          <Link key={v.href} href={qs && !UNFILTERED.has(v.href) ? `${v.href}?${qs}` : v.href} aria-current={current ? "page" : undefined}>
            {v.label}
          </Link>
        );
      })}
    </>
  );
}
