import { readFileSync } from "node:fs";

import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";

import config from "../../codegen.ts";

describe("generated resolver types", () => {
  it("are current with server/schema/*.graphql (regenerate: npx graphql-codegen --config codegen.ts)", async () => {
    const outputs = (await generate({ ...config, cwd: process.cwd() }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    for (const output of outputs) {
      expect(readFileSync(output.filename, "utf8"), output.filename).toBe(output.content);
    }
  }, 60_000);
});
