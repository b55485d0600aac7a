import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";
const text = process.argv[2];
const outlet = process.argv[3] ?? "Test Wire";
for (const c of extractClaims(text, { outlet, published: "2016-03-10", publishedPrecision: "day" }, getProfile())) console.log(JSON.stringify({ n: c.numberText, side: c.side, sideText: c.sideText, o: c.outcome, q: c.qualifier, low: c.low, high: c.high, who: c.claimant, where: c.location }));
