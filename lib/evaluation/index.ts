export { evaluateCorpus, scoreReports, scoreReport, type CorpusScore, type ClaimSummary, type EvaluateOptions } from "./evaluate-corpus";
export { listCorpora, loadCorpus, resolveSharedDir, type CorpusReport } from "./load-corpus";
export { isCompatible, pairClaims, maxWeightAssignment, quoteOverlap, type ScoredPrediction } from "./match-claims";
export { goldClaimSchema, goldFileSchema, type GoldClaim } from "./gold-schema";
export { CORPUS_TARGETS, DEFAULT_TARGET, TARGETS, missedTargets, missedThroughput, openTargets, targetFor, type CorpusTarget } from "./targets";
