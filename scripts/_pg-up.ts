import { writeFileSync } from "node:fs";
import { openBenchServer } from "@/lib/bench/bench-database";
const server = await openBenchServer(console.log);
writeFileSync("/tmp/ingest-prof/bench-url", server.benchUrl);
process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
setInterval(() => {}, 1 << 30);
