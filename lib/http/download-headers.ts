// The headers of every file a route hands over (a CSV, its companion text): its type,
// its name, never cached by the browser or a proxy, never sniffed into another type.

export function downloadHeaders(contentType: string, disposition: "attachment" | "inline", fileName: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `${disposition}; filename="${fileName}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
