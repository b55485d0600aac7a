"use client";
// The URL is the only filter state. Controls call `update`, which rewrites the
// query string and resets paging (page and cursor). A click pushes a history entry, so Back and
// Forward step through the views a reader made; typing (`replace`) does not.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

export type UrlUpdate = Record<string, string | string[] | null | undefined>;

export function useUrlState() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [isPending, startTransition] = useTransition();

  const update = useCallback(
    (changes: UrlUpdate, options: { replace?: boolean; keepPage?: boolean } = {}) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        next.delete(key);
        if (value === null || value === undefined || value === "") continue;
        for (const v of Array.isArray(value) ? value : [value]) next.append(key, v);
      }
      if (!options.keepPage) {
        next.delete("page");
        next.delete("cursor"); // a cursor belongs to the filters and sort it was made under
      }
      const qs = next.toString();
      const url = qs ? `${pathname}?${qs}` : pathname;
      startTransition(() => (options.replace ? router.replace(url, { scroll: false }) : router.push(url, { scroll: false })));
    },
    [params, pathname, router],
  );

  return { params, update, isPending };
}
