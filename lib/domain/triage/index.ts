export * from "./evaluate";
export type { ScoreResult } from "../scoring/compute-scores";
