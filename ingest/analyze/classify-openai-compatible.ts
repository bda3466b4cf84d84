import { z } from "zod";

import type { Codebook } from "./codebook.ts";
import type { ClassifiedSuggestion, PostClassifier } from "./post-classifier.ts";

/** Options of `analyze --classifier openai-compatible`. */
export interface OpenAiCompatibleOptions {
  /** Base URL of the server (llama.cpp server, Ollama, vLLM …), e.g. http://127.0.0.1:8080; /v1/chat/completions is appended. */
  readonly endpoint: string;
  /** The model name the server expects. */
  readonly model: string;
  readonly codebook: Codebook;
  /** Requests in flight at once (default 4: a local server is usually one GPU). */
  readonly concurrency?: number;
  /** Per-request time limit in ms (default 120 000). */
  readonly timeoutMs?: number;
  /** Called once per item the server failed for, with why; the item stays pending. */
  readonly onProblem?: (itemId: string, why: string) => void;
}

const answerSchema = z.object({
  codes: z.array(
    z.object({
      code: z.string(),
      score: z.number().min(0).max(1).optional(),
      evidence: z.string().optional(),
    }),
  ),
});
const responseSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

/** The instructions sent with every text; recorded on each suggestion so a reader can judge them. */
export function classifierPrompt(codebook: Codebook): string {
  const codes = codebook.codes.map((code) => `- ${code.name} (${code.kind}): ${code.description}`).join("\n");
  return [
    "You code posts from r/LocalLLaMA for a study of how people see open AI models.",
    "Apply only codes from this list, and only when the text names or invokes them:",
    codes,
    'Answer with JSON only: {"codes": [{"code": "<name>", "score": <0..1 confidence>, "evidence": "<quote from the text>"}]}.',
    'Answer {"codes": []} when no code applies.',
  ].join("\n");
}

/**
 * A classifier that asks an OpenAI-compatible chat endpoint — the community's own local servers (llama.cpp
 * server, Ollama, vLLM) — for the same codes as the rule classifier. Each suggestion records the model and the
 * prompt. Codes the codebook does not hold are dropped; a failed or unreadable answer leaves the item pending.
 */
export function openAiCompatibleClassifier(options: OpenAiCompatibleOptions): PostClassifier {
  const prompt = classifierPrompt(options.codebook);
  const known = new Set(options.codebook.codes.map((code) => code.name));
  const url = chatUrl(options.endpoint);
  const ask = async (text: string): Promise<ClassifiedSuggestion[]> => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: options.model,
        temperature: 0,
        messages: [
          { role: "system", content: prompt },
          { role: "user", content: text },
        ],
      }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
    });
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    const body = responseSchema.safeParse(await response.json());
    if (!body.success) throw new Error(`${url} sent no chat completion (choices[0].message.content)`);
    const content = body.data.choices[0]?.message.content ?? "";
    const json = /\{[\s\S]*\}/.exec(content)?.[0];
    const parsed = json === undefined ? undefined : answerSchema.safeParse(safeJson(json));
    if (parsed === undefined || !parsed.success) {
      throw new Error(`the model's answer is not {"codes": [...]}: ${JSON.stringify(content.slice(0, 120))}`);
    }
    return parsed.data.codes
      .filter((c) => known.has(c.code))
      .map((c) => ({
        code: c.code,
        score: c.score ?? 1,
        rule: "llm",
        evidence: c.evidence === undefined ? [] : [c.evidence],
        model: options.model,
        prompt,
      }));
  };
  return {
    name: "openai-compatible",
    async classify(items) {
      const results = new Map<string, ClassifiedSuggestion[]>();
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < items.length) {
          const item = items[next++];
          if (item === undefined) break;
          try {
            results.set(item.id, item.text.trim() === "" ? [] : await ask(item.text));
          } catch (error) {
            options.onProblem?.(item.id, error instanceof Error ? error.message : String(error));
          }
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
      return results;
    },
  };
}

function chatUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, "");
  if (base.endsWith("/chat/completions")) return base;
  return base.endsWith("/v1") ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
