// What any text a person or a URL sends must be: no control characters but tab,
// line feed and carriage return (a NUL would reach PostgreSQL, which refuses it),
// and no lone surrogates (broken UTF-16 that would be stored as U+FFFD). Checked
// once for every query parameter (lib/filters/parse-search-params) and every
// string in a JSON body (lib/routes/api-route), so a new field is covered too.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why the text cannot be taken, as the end of a sentence naming the field; null when it is fine. */
export function unsafeTextReason(text: string): string | null {
  if (CONTROL.test(text)) return "must not contain control characters (such as a NUL byte)";
  if (LONE_SURROGATE.test(text)) return "must not contain unpaired UTF-16 surrogates";
  return null;
}

export type UnsafeText = { path: string; reason: string };

type Node = { value: unknown; key: string; parent: Node | null };

function pathOf(node: Node): string {
  const keys: string[] = [];
  for (let n: Node | null = node; n?.parent; n = n.parent) keys.push(n.key);
  return keys.reverse().join(".") || "body";
}

/** The first string inside a JSON value that cannot be taken, with its path (claims.0.quote), or null. Iterative, so deep nesting cannot overflow the stack. */
export function findUnsafeText(value: unknown): UnsafeText | null {
  const stack: Node[] = [{ value, key: "", parent: null }];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.value === "string") {
      const reason = unsafeTextReason(node.value);
      if (reason) return { path: pathOf(node), reason };
    } else if (node.value && typeof node.value === "object") {
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        const keyReason = unsafeTextReason(key);
        if (keyReason) return { path: pathOf({ value: key, key: "(a key)", parent: node }), reason: keyReason };
        stack.push({ value: child, key, parent: node });
      }
    }
  }
  return null;
}

/** Bytes as UTF-8 text, or null when they are not valid UTF-8 (never silently replaced by U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
