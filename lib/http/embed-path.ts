// The embeddable charts live under /embed/: other sites may frame them (next.config.ts
// relaxes frame-ancestors and drops X-Frame-Options there only), and the layout draws
// them without the site's navigation.
export const EMBED_PREFIX = "/embed";

export function isEmbedPath(path: string): boolean {
  return path === EMBED_PREFIX || path.startsWith(`${EMBED_PREFIX}/`);
}
