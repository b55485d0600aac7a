// npm start - build when needed, start the database, migrate, import the seeds on first run, serve.
import { runMain } from "@/lib/runtime/run-main";
import { serveApp } from "@/lib/runtime/serve-app";

runMain("start", () => serveApp("start"));
