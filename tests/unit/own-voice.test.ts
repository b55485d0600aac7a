import { describe, expect, it } from "vitest";
import { getProfile } from "@/lib/profiles";
import { isOwnVoice } from "@/lib/profiles/own-voice";

describe("isOwnVoice", () => {
  const profile = getProfile();
  it("knows an outlet's long name and its short name are one source", () => {
    expect(isOwnVoice(profile, "Syrian Observatory for Human Rights", "SOHR")).toBe(true);
    expect(isOwnVoice(profile, "ARA News", "ARA News")).toBe(true);
  });
  it("sees an outlet quoting someone else", () => {
    expect(isOwnVoice(profile, "Rudaw", "SOHR")).toBe(false);
    expect(isOwnVoice(profile, "ARA News", "media activist Ismail Hussein")).toBe(false);
  });
});
