// The headers every answer carries (next.config.ts gives them to Next.js; the front
// door's cached hits, which Next.js never sees, add the same ones). No "server-only":
// next.config.ts and the front door load it outside the React server bundle.
const isProduction = process.env.NODE_ENV === "production";

// Next.js inlines its bootstrap scripts, so scripts need 'unsafe-inline' (no nonce
// plumbing yet); never 'unsafe-eval' in production. Nothing may frame the site, but
// the embeddable charts under /embed/ may be framed by any site (lib/http/embed-path.ts).
const policy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

export type HeaderRow = { key: string; value: string };

const COMMON_HEADERS: HeaderRow[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** Every path but /embed and what lies under it: framed by nothing. */
export const FRAMELESS_HEADERS: HeaderRow[] = [{ key: "Content-Security-Policy", value: policy("'none'") }, { key: "X-Frame-Options", value: "DENY" }, ...COMMON_HEADERS];
/** /embed/…: framed by any site. */
export const EMBED_HEADERS: HeaderRow[] = [{ key: "Content-Security-Policy", value: policy("*") }, ...COMMON_HEADERS];
