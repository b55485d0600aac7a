import { describe, expect, it } from "vitest";
import { findSideOutcomeDisagreements, type ClaimInput } from "@/lib/reconciliation";
import { makeClaim } from "./make-claim";

type Said = Pick<ClaimInput, "claimant" | "side" | "outcome">;
const claimsSaying = (said: Said[]) => said.map((s, i) => makeClaim({ id: i + 1, ...s }));

describe("findSideOutcomeDisagreements", () => {
  it.each<[string, Said[], ReturnType<typeof findSideOutcomeDisagreements>]>([
    [
      "two claimants name different sides for the same dead",
      [
        { claimant: "SOHR", side: "civilians", outcome: "killed" },
        { claimant: "Anadolu", side: "kurdish", outcome: "killed" },
      ],
      [
        { side: "civilians", outcome: "killed", reason: "side" },
        { side: "kurdish", outcome: "killed", reason: "side" },
      ],
    ],
    [
      "two claimants name different outcomes for the same soldiers",
      [
        { claimant: "SOHR", side: "regime", outcome: "killed" },
        { claimant: "Amaq", side: "regime", outcome: "captured" },
      ],
      [
        { side: "regime", outcome: "captured", reason: "outcome" },
        { side: "regime", outcome: "killed", reason: "outcome" },
      ],
    ],
    [
      "a claimant counting both sides contradicts nobody",
      [
        { claimant: "SOHR", side: "regime", outcome: "killed" },
        { claimant: "SOHR", side: "is", outcome: "killed" },
        { claimant: "Amaq", side: "regime", outcome: "killed" },
      ],
      [],
    ],
    [
      "an unknown side contradicts nobody",
      [
        { claimant: "SOHR", side: "regime", outcome: "killed" },
        { claimant: "AFP", side: "unknown", outcome: "killed" },
      ],
      [],
    ],
  ])("%s", (_, said, expected) => {
    expect(findSideOutcomeDisagreements(claimsSaying(said))).toEqual(expected);
  });
});
