import { parentPort, workerData } from "node:worker_threads";

import { loadAnalysisInputs } from "./analysis-inputs.ts";
import { classifyByRules } from "./classify-by-rules.ts";
import { derivePostFacts, type PostFacts, type PostText } from "./derive-post-facts.ts";
import type { ClassifiedSuggestion } from "./post-classifier.ts";

/** A page of posts for an extraction worker; `classify`: also run the rule classifier of the same data files. */
export interface ExtractRequest {
  readonly seq: number;
  readonly posts: readonly PostText[];
  readonly classify: boolean;
}

/** What a worker sends back for a page: its facts and, when asked, the rule classifier's suggestions per post. */
export interface ExtractReply {
  readonly seq: number;
  readonly facts: PostFacts;
  readonly suggestions?: Map<string, ClassifiedSuggestion[]>;
}

// Worker entry (see post-extractor.ts): the data files of the main thread's inputs, compiled here once, then
// each page's facts (and suggestions) in one message — Maps and arrays of small strings, never the texts.
const inputs = loadAnalysisInputs((workerData as { dir: string }).dir);
parentPort?.on("message", (request: ExtractRequest) => {
  const reply: ExtractReply = {
    seq: request.seq,
    facts: derivePostFacts(request.posts, inputs),
    ...(request.classify
      ? {
          suggestions: new Map(
            request.posts.map((post) => [post.id, classifyByRules(post.text, inputs.classifier)]),
          ),
        }
      : {}),
  };
  parentPort?.postMessage(reply);
});
