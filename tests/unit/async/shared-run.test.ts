// SharedRun (lib/async/shared-run.ts): callers arriving together share one run, and none
// is answered by a run that had started before it called.
import { describe, expect, it } from "vitest";
import { SharedRun } from "@/lib/async/shared-run";

describe("SharedRun", () => {
  it("gives callers arriving during a run the next run, one for all of them, never the one under way", async () => {
    const releases: (() => void)[] = [];
    let started = 0;
    const shared = new SharedRun(() => {
      const n = ++started;
      return new Promise<number>((resolve) => releases.push(() => resolve(n)));
    });
    const first = shared.run();
    const during = [shared.run(), shared.run(), shared.run()];
    expect(started).toBe(1);
    releases[0]();
    expect(await first).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toBe(2);
    releases[1]();
    expect(await Promise.all(during)).toEqual([2, 2, 2]);
    // Idle again: the next caller starts a run of its own at once.
    const later = shared.run();
    expect(started).toBe(3);
    releases[2]();
    expect(await later).toBe(3);
  });

  it("starts the next run after a failed one, and the failure reaches only its own callers", async () => {
    let calls = 0;
    const shared = new SharedRun(async () => {
      calls++;
      if (calls === 1) throw new Error("down");
      return calls;
    });
    const failing = shared.run();
    const next = shared.run();
    await expect(failing).rejects.toThrow("down");
    expect(await next).toBe(2);
  });
});
