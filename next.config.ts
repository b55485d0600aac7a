import type { NextConfig } from "next";
import { EMBED_HEADERS, FRAMELESS_HEADERS } from "./lib/http/security-headers";

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
        headers: EMBED_HEADERS,
      },
    ];
  },
};

export default nextConfig;
