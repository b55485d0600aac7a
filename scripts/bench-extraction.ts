// npm run bench:extraction - extraction time on one long paragraph (no blank line),
// by size, in this thread and through the worker pool the server uses, and how
// long /api/health-sized work waits on the main thread meanwhile.
//   --sizes 100,400,2048   sizes in KB
import { extractClaims } from "@/lib/extraction";
import { extractInPool } from "@/lib/extraction-pool";
import { getProfile } from "@/lib/profiles";
import { runMain } from "@/lib/runtime/run-main";

const SENTENCE = "At least 5 regime soldiers were killed in Hasakah on Thursday, SOHR said. ";
const meta = { outlet: "SOHR", published: "2016-05-13", publishedPrecision: "day" as const };

function textOf(kb: number): string {
  return SENTENCE.repeat(Math.ceil((kb * 1024) / SENTENCE.length));
}

/** The longest the main thread was unable to run a 1 ms timer while `work` ran. */
async function mainThreadStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  const result = await work();
  clearInterval(timer);
  return { result, stallMs: worst };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--sizes");
  const sizes = (i > 0 ? process.argv[i + 1] : "100,400,2048").split(",").map(Number);
  const profile = getProfile();
  extractClaims(textOf(50), meta, profile); // warm-up
  await extractInPool(textOf(50), meta); // starts a worker
  console.log("size KB  in-thread ms  ms/KB  pool ms  main-thread stall ms  claims");
  for (const kb of sizes) {
    const text = textOf(kb);
    const t0 = performance.now();
    const claims = extractClaims(text, meta, profile).length;
    const inThread = performance.now() - t0;
    const t1 = performance.now();
    const { stallMs } = await mainThreadStall(() => extractInPool(text, meta));
    const pooled = performance.now() - t1;
    console.log(
      `${String(kb).padStart(7)}  ${inThread.toFixed(0).padStart(12)}  ${(inThread / kb).toFixed(2).padStart(5)}  ${pooled.toFixed(0).padStart(7)}  ${stallMs.toFixed(0).padStart(20)}  ${claims}`,
    );
  }
}

runMain("bench:extraction", main);
