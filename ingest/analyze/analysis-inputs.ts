import { loadRuleClassifier, type RuleClassifier } from "./classify-by-rules.ts";
import { loadCodebook, type Codebook } from "./codebook.ts";
import { loadDictionaries, type Dictionaries } from "./dictionaries.ts";
import { loadHelpLexicon, type HelpLexicon } from "./judge-help.ts";
import { ANALYZE_DATA_DIR } from "./read-data-file.ts";
import { loadThreadRules, type ThreadRules } from "./thread-rules.ts";

/** Every data file of ingest/analyze/data, loaded and compiled once per run. */
export interface AnalysisInputs {
  readonly dictionaries: Dictionaries;
  readonly help: HelpLexicon;
  readonly codebook: Codebook;
  readonly classifier: RuleClassifier;
  readonly threadRules: ThreadRules;
}

/** Loads the dictionaries, lexicons and rules from `dir` (default ingest/analyze/data); errors name the file. */
export function loadAnalysisInputs(dir = ANALYZE_DATA_DIR): AnalysisInputs {
  const codebook = loadCodebook(dir);
  return {
    dictionaries: loadDictionaries(dir),
    help: loadHelpLexicon(dir),
    codebook,
    classifier: loadRuleClassifier(new Set(codebook.codes.map((code) => code.name)), dir),
    threadRules: loadThreadRules(dir),
  };
}
