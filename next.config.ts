import type { NextConfig } from "next";

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

const COMMON_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/**
 * Every path but /embed and what lies under it. Exported for the read cache's hits, which
 * the front door sends without Next.js (lib/routes/cached-read.ts): the same headers.
 * (Defined here, not in lib: `next start` loads this file without resolving TypeScript imports.)
 */
export const FRAMELESS_HEADERS = [{ key: "Content-Security-Policy", value: policy("'none'") }, { key: "X-Frame-Options", value: "DENY" }, ...COMMON_HEADERS];

const nextConfig: NextConfig = {
  // pg and the Prisma adapter are Node libraries: load them at run time, do not bundle them.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        // Every path but /embed and what lies under it.
        source: "/((?!embed$|embed/).*)",
        headers: FRAMELESS_HEADERS,
      },
      {
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: policy("*") }, ...COMMON_HEADERS],
      },
    ];
  },
};

export default nextConfig;
