// npm run dev - the same database handling as npm start, with Next.js in development mode.
import { runMain } from "@/lib/runtime/run-main";
import { serveApp } from "@/lib/runtime/serve-app";

runMain("dev", () => serveApp("dev"));
