// Holds the extractor to its quality bar on every shared corpus with gold claims,
// so a change that lowers a score fails CI. The corpora are read at run time
// from ../shared (or $SHARED_DIR); they are never copied into the project.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCorpus, listCorpora, resolveSharedDir, TARGETS, targetFor } from "@/lib/evaluation";
import { getMeasuredFigures } from "@/lib/evaluation/measured";
import { MEASURED_FILE, measuredCorpus } from "@/lib/evaluation/measured-figures";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const CORPUS_ROOT = path.join(resolveSharedDir(REPO_ROOT), "corpus");
const corpora = listCorpora(CORPUS_ROOT);

describe.skipIf(corpora.length === 0)("extractor quality on the shared corpora", () => {
  it.each(corpora)("holds the strict F1 floor, period, claimant and place targets on %s", (name) => {
    const score = evaluateCorpus(path.join(CORPUS_ROOT, name), path.join(CORPUS_ROOT, `${name}-gold`));
    expect(score.strictF1, `misses: ${JSON.stringify(score.misses)}\nfalse positives: ${JSON.stringify(score.falsePositives)}`).toBeGreaterThanOrEqual(targetFor(name).floor);
    expect(score.periodAccuracy).toBeGreaterThanOrEqual(TARGETS.periodAccuracy);
    expect(score.claimantAccuracy).toBeGreaterThanOrEqual(TARGETS.claimantAccuracy);
    expect(score.placeAccuracy, `place misses: ${JSON.stringify(score.placeMisses)}`).toBeGreaterThanOrEqual(targetFor(name).placeFloor);
    // Throughput is a figure, not a test: `npm run eval -- --check` measures it in a process
    // of its own (a test file shares two cores with every other one, and its timing with them).
    // The about and claims pages show these figures from the file: it must hold today's (npm test rewrites it before Vitest runs).
    expect(getMeasuredFigures().corpora.find((c) => c.name === name), `${MEASURED_FILE} is stale: run npm run eval -- --json-out ${MEASURED_FILE}`).toEqual(
      measuredCorpus(name, score, targetFor(name).firstLook),
    );
  });
});
