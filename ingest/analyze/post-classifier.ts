import { classifyByRules, type CodeSuggestion, type RuleClassifier } from "./classify-by-rules.ts";

/** A code suggestion as written on CLASSIFIED. */
export interface ClassifiedSuggestion extends CodeSuggestion {
  /** The language model that answered (LLM classifier only). */
  readonly model?: string;
  /** The instructions it was given (LLM classifier only). */
  readonly prompt?: string;
}

/** Something that suggests codes for texts: the rule classifier, or a local model server. */
export interface PostClassifier {
  /** Recorded as CLASSIFIED.classifier; re-analysis replaces only this classifier's suggestions. */
  readonly name: string;
  /**
   * Suggestions per item id. An item missing from the map could not be classified (the server failed for it):
   * it stays pending for the next run.
   */
  classify(items: readonly { id: string; text: string }[]): Promise<Map<string, ClassifiedSuggestion[]>>;
}

/** The transparent rule classifier (classifier-rules.yaml) behind the PostClassifier interface. */
export function ruleClassifier(rules: RuleClassifier): PostClassifier {
  return {
    name: rules.classifier,
    classify: (items) =>
      Promise.resolve(new Map(items.map((item) => [item.id, classifyByRules(item.text, rules)]))),
  };
}
