// An HTML report reduced to plain text before anything else sees it: scripts,
// styles and links' targets are dropped, paragraphs become blank lines. The text
// is what gets stored, extracted and shown (always as text, never as HTML).
import { convert } from "html-to-text";

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "iframe", format: "skip" },
    ],
  }).trim();
}
