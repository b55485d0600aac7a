// npm run bench:readme
// Regenerates the README's performance table from bench/results.json, without measuring
// (npm run bench does this itself after each full run).
import { updateReadmeTable } from "@/lib/bench/update-readme";
import { runMain } from "@/lib/runtime/run-main";

runMain("bench:readme", async () => {
  console.log(updateReadmeTable(process.cwd()));
});
