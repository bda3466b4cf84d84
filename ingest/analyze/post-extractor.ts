import { Worker } from "node:worker_threads";

import type { AnalysisInputs } from "./analysis-inputs.ts";
import { derivePostFacts, type PostFacts, type PostText } from "./derive-post-facts.ts";
import type { ExtractReply, ExtractRequest } from "./extract-worker.ts";
import type { ClassifiedSuggestion, PostClassifier } from "./post-classifier.ts";

/** A page's facts and code suggestions (an item missing from `suggestions` could not be classified). */
export interface PageAnalysis {
  readonly facts: PostFacts;
  readonly suggestions: Map<string, ClassifiedSuggestion[]>;
}

/** Turns pages of posts into what their analysis writes; pages are answered in the order they were given. */
export interface PostExtractor {
  analyze(posts: readonly PostText[]): Promise<PageAnalysis>;
  close(): Promise<void>;
}

/** Extraction and classification on the calling thread (small runs: a worker would cost more to start). */
export function inlineExtractor(inputs: AnalysisInputs, classifier: PostClassifier): PostExtractor {
  return {
    analyze: async (posts) => {
      const facts = derivePostFacts(posts, inputs);
      return { facts, suggestions: await classifier.classify(posts) };
    },
    close: () => Promise.resolve(),
  };
}

/**
 * Extraction (and the rule classifier, when it is the one in use) on a worker thread, so the regular expressions
 * run while the main thread decodes the next page and encodes the last one's write: on a re-analysis those two
 * took about as long as the extraction itself, one after the other. Another classifier (a model server) still
 * runs here, on the texts it is given.
 */
export function workerExtractor(
  inputs: AnalysisInputs,
  classifier: PostClassifier,
  classifyInWorker: boolean,
): PostExtractor {
  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  // The worker is TypeScript: register tsx's loader in it first (a worker does not inherit the main thread's
  // loader hooks on Node 20), as the Reddit parser workers do.
  const bootstrap = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { dir: inputs.dir } });
  const waiting = new Map<
    number,
    { resolve: (reply: ExtractReply) => void; reject: (error: Error) => void }
  >();
  let failed: Error | undefined;
  const failAll = (error: Error): void => {
    failed = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: ExtractReply) => {
    waiting.get(reply.seq)?.resolve(reply);
    waiting.delete(reply.seq);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the extraction worker stopped (exit code ${code})`)));
  let seq = 0;
  return {
    analyze: async (posts) => {
      if (failed !== undefined) throw failed;
      const request: ExtractRequest = { seq: seq++, posts, classify: classifyInWorker };
      const reply = new Promise<ExtractReply>((resolve, reject) =>
        waiting.set(request.seq, { resolve, reject }),
      );
      worker.postMessage(request);
      if (classifyInWorker) {
        const { facts, suggestions } = await reply;
        return { facts, suggestions: suggestions ?? new Map<string, ClassifiedSuggestion[]>() };
      }
      const suggestions = classifier.classify(posts);
      // Awaited below; a handler now, so a classifier that fails before the worker answers is not unhandled.
      suggestions.catch(() => undefined);
      const { facts } = await reply;
      return { facts, suggestions: await suggestions };
    },
    close: async () => {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}
