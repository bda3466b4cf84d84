import type { Command } from "commander";

import { Gateway } from "../db/gateway.ts";
import { loadAnalysisInputs } from "../ingest/analyze/analysis-inputs.ts";
import { openAiCompatibleClassifier } from "../ingest/analyze/classify-openai-compatible.ts";
import {
  evaluateAnalyzers,
  LABELLED_SET,
  loadLabelledSet,
  type Score,
} from "../ingest/analyze/evaluate-analyzers.ts";
import type { PostClassifier } from "../ingest/analyze/post-classifier.ts";
import { runAnalyze } from "../ingest/analyze/run-analyze.ts";

interface AnalyzeCliOptions {
  all?: boolean;
  evaluate?: boolean;
  labelled: string;
  classifier: string;
  endpoint?: string;
  model?: string;
  concurrency: string;
  data?: string;
  cards?: string;
  pageSize: string;
  json?: boolean;
  errors?: boolean;
}

/**
 * `commons analyze`: derives mentions, peer help, releases, evaluations, identities and code suggestions from the
 * graph (incremental; --all recomputes), or with --evaluate measures the analyzers on the labelled set.
 */
export function registerAnalyzeCommand(program: Command): void {
  const command = program
    .command("analyze")
    .description(
      "derive MENTIONS, HELPED, ANNOUNCES, EVALUATES, SAME_AS and CLASSIFIED from what is in the graph",
    )
    .option("--all", "recompute everything, not only what changed since the last run")
    .option(
      "--evaluate",
      "print precision and recall of each analyzer on the labelled set (no database needed); with " +
        "--classifier openai-compatible the stance and theme figures are the model's",
    )
    .option("--labelled <file>", "the labelled set for --evaluate", LABELLED_SET)
    .option("--errors", "with --evaluate: list every wrong or missed item")
    .option("--classifier <name>", "code suggestions by: rules | openai-compatible", "rules")
    .option(
      "--endpoint <url>",
      "openai-compatible server, e.g. http://127.0.0.1:8080 (llama.cpp server, Ollama, vLLM)",
    )
    .option("--model <name>", "model name the openai-compatible server expects")
    .option("--concurrency <n>", "openai-compatible requests in flight", "4")
    .option(
      "--cards <dir>",
      "model cards (DIR/ORG/NAME/README.md) whose links to release threads tie identities",
    )
    .option("--data <dir>", "dictionaries, lexicons and rules (default: ingest/analyze/data)")
    .option("--page-size <n>", "posts per read-extract-write round", "5000")
    .option("--json", "print the report as JSON")
    .action(async (options: AnalyzeCliOptions) => {
      const inputs = loadAnalysisInputs(...(options.data !== undefined ? [options.data] : []));
      const pageSize = Number(options.pageSize);
      if (!Number.isInteger(pageSize) || pageSize < 1)
        command.error("error: --page-size must be a positive integer");
      let classifier: PostClassifier | undefined;
      if (options.classifier === "openai-compatible") {
        const { endpoint, model } = options;
        if (endpoint === undefined || model === undefined) {
          return command.error("error: --classifier openai-compatible needs --endpoint URL and --model NAME");
        }
        classifier = openAiCompatibleClassifier({
          endpoint,
          model,
          codebook: inputs.codebook,
          concurrency: Number(options.concurrency),
          onProblem: (id, why) =>
            console.error(`not classified${options.evaluate ? "" : " (stays pending)"}: ${id}: ${why}`),
        });
      } else if (options.classifier !== "rules") {
        command.error(`error: unknown --classifier ${options.classifier} (rules | openai-compatible)`);
      }
      if (options.evaluate) {
        const set = loadLabelledSet(options.labelled);
        // Another classifier is measured on the same stance items; an item it failed for counts as no codes.
        const stanceCodes =
          classifier === undefined
            ? undefined
            : new Map(
                [...(await classifier.classify(set.stances))].map(([id, list]) => [
                  id,
                  list.map((s) => s.code),
                ]),
              );
        const scores = evaluateAnalyzers(
          set,
          {
            dictionaries: inputs.dictionaries,
            help: inputs.help,
            classifier: inputs.classifier,
            codeKinds: new Map(inputs.codebook.codes.map((code) => [code.name, code.kind])),
          },
          stanceCodes,
        );
        console.log(
          options.json ? JSON.stringify(scores, null, 2) : formatScores(scores, options.errors ?? false),
        );
        if (scores.some((score) => score.meetsTarget === false)) process.exitCode = 1;
        return;
      }
      const gateway = Gateway.connect();
      try {
        const report = await runAnalyze(gateway, inputs, {
          all: options.all ?? false,
          pageSize,
          ...(classifier !== undefined ? { classifier } : {}),
          ...(options.cards !== undefined ? { cards: options.cards } : {}),
          ...(options.json ? {} : { log: (line: string) => console.error(line) }),
        });
        if (options.json) {
          console.log(JSON.stringify(report));
        } else {
          console.log(
            `analyzed ${report.threads} threads and ${report.comments} comments in ${report.seconds.toFixed(1)} s: ` +
              `${report.mentions} mentions, ${report.classified} code suggestions` +
              `${report.unclassified > 0 ? ` (${report.unclassified} items not classified, still pending)` : ""}, ` +
              `${report.helpAnswers} help answers in ${report.threadsJudgedForHelp} threads, ` +
              `${report.announcements} announcements, ${report.evaluations} evaluations, ` +
              `${report.identityClaims} identity claims; ${report.educationChains} peer-education chains in the graph`,
          );
        }
      } finally {
        await gateway.close();
      }
    });
}

function formatScores(scores: readonly Score[], withErrors: boolean): string {
  const pct = (value: number | null): string =>
    value === null ? "   n/a" : `${(value * 100).toFixed(1).padStart(5)}%`;
  const lines = [
    `${"analyzer".padEnd(40)} ${"items".padStart(5)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)} precision recall  target`,
  ];
  for (const s of scores) {
    const target = s.target === undefined ? "" : `${s.target} — ${s.meetsTarget ? "met" : "MISSED"}`;
    lines.push(
      `${s.analyzer.padEnd(40)} ${String(s.items).padStart(5)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)} ${pct(s.precision).padStart(9)} ${pct(s.recall)}  ${target}`,
    );
    if (withErrors) for (const error of s.errors) lines.push(`    ${error}`);
  }
  lines.push(
    "",
    "Splits named development (and seen) refined the lexicons; held-out ones did not (tests/fixtures/labelled/RULES.md).",
  );
  return lines.join("\n");
}
