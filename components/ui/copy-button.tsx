"use client";
// Copies a text (a citation, a link, an embed code) and says so. The Clipboard API
// exists only on secure pages (https, localhost); elsewhere the text is selected in a
// hidden field and copied the old way.
import { useState } from "react";

function copyByCommand(text: string): boolean {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.appendChild(field);
  field.select();
  const done = document.execCommand("copy");
  field.remove();
  return done;
}

export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    let done = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        done = true;
      } else done = copyByCommand(text);
    } catch {
      done = copyByCommand(text);
    }
    setState(done ? "copied" : "failed");
    setTimeout(() => setState("idle"), 2000);
  };
  return (
    <button type="button" className="link-button copy-button" onClick={copy} aria-live="polite">
      {state === "copied" ? "Copied" : state === "failed" ? "Select and copy the text" : label}
    </button>
  );
}
