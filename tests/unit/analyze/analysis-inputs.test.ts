import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { loadAnalysisInputs } from "../../../ingest/analyze/analysis-inputs.ts";
import { extractMentions } from "../../../ingest/analyze/extract-mentions.ts";
import { ANALYZE_DATA_DIR } from "../../../ingest/analyze/read-data-file.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of ingest/analyze/data with one file replaced, as a user extending the dictionaries would make. */
function dataWith(file: string, text: string): string {
  dir = mkdtempSync(path.join(os.tmpdir(), "analyze-data-"));
  cpSync(ANALYZE_DATA_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

describe("the analyzers' data files", () => {
  it("are extended without code: a new engine in engines.yaml is found in text", () => {
    const custom = dataWith(
      "engines.yaml",
      "engines:\n  - { name: \"llama.cpp\", kind: engine, pattern: 'llama[.]cpp' }\n  - { name: \"PowerInfer\", kind: engine, pattern: 'powerinfer' }\n",
    );
    const inputs = loadAnalysisInputs(custom);
    expect(
      extractMentions("PowerInfer beats llama.cpp here", inputs.dictionaries).map((m) => m.name),
    ).toEqual(["PowerInfer", "llama.cpp"]);
  });

  it("name the file and the entry when a pattern is not a regular expression", () => {
    const custom = dataWith(
      "hardware.yaml",
      "hardware:\n  - { name: X, kind: gpu, pattern: '(unclosed' }\nvram: { pattern: 'vram' }\n",
    );
    expect(() => loadAnalysisInputs(custom)).toThrow(/hardware\.yaml hardware\.0: bad pattern "\(unclosed"/);
  });

  it("name the file and the field when an entry is malformed, or a rule names a code the codebook lacks", () => {
    const badKind = dataWith("engines.yaml", "engines:\n  - { name: vLLM, kind: server, pattern: vllm }\n");
    expect(() => loadAnalysisInputs(badKind)).toThrow(/engines\.yaml: engines\.0\.kind/);
    rmSync(badKind, { recursive: true, force: true });
    const badCode = dataWith(
      "classifier-rules.yaml",
      "classifier: rules-v1\nthreshold: 0.5\nrules:\n  - { id: x.y, code: optimism, weight: 0.5, pattern: yay }\n",
    );
    expect(() => loadAnalysisInputs(badCode)).toThrow(
      /classifier-rules\.yaml rules\.0: code "optimism" is not in codes\.yaml/,
    );
  });
});
