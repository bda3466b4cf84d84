import { describe, expect, it } from "vitest";

import { judgeHelp, loadHelpLexicon, type HelpCase } from "../../../ingest/analyze/judge-help.ts";

const lexicon = loadHelpLexicon();
// samples/reddit/comments_1m97qko.json: "How to convert Kimi K2 FP8 to BF16?" (Question | Help, u/Lissanro)
const thread = {
  id: "1m97qko",
  author: "Lissanro",
  text: "How to convert Kimi K2 FP8 to BF16?",
  isThread: true,
};
const base: HelpCase = {
  question: thread,
  threadFlair: "Question | Help",
  threadAuthor: "Lissanro",
  threadText: thread.text,
  answer: {
    id: "n551eyx",
    author: "Conscious_Cut_6144",
    text: "But there is some python script in the deepseek repo that will upconvert it for you. Found it: [https://github.com/deepseek-ai/DeepSeek-V3/blob/main/inference/fp8_cast_bf16.py](https://github.com/deepseek-ai/DeepSeek-V3/blob/main/inference/fp8_cast_bf16.py)",
  },
  followUps: [{ id: "n5523o4", author: "Lissanro", text: "Thanks, I mentioned it actually: ..." }],
};

describe("judgeHelp", () => {
  it("takes a pointer in reply to a Question | Help thread as help, acknowledged by the asker's thanks", () => {
    expect(judgeHelp(base, lexicon)).toEqual({
      help: true,
      rule: "help-flair",
      acknowledgements: ["n5523o4"],
    });
  });

  it("does not count thanks from someone other than the asker", () => {
    const other = { ...base, followUps: [{ id: "x", author: "Someone", text: "Thanks!" }] };
    expect(judgeHelp(other, lexicon)).toMatchObject({ help: true, acknowledgements: [] });
  });

  it("refuses self-replies, the asker replying, deleted authors and 'same problem' replies", () => {
    expect(judgeHelp({ ...base, answer: { ...base.answer, author: "Lissanro" } }, lexicon)).toMatchObject({
      help: false,
    });
    expect(judgeHelp({ ...base, answer: { ...base.answer, author: undefined } }, lexicon)).toMatchObject({
      help: false,
    });
    const same = {
      ...base,
      answer: { ...base.answer, text: "Welcome to the club. I have been trying for days with no luck." },
    };
    expect(judgeHelp(same, lexicon)).toEqual({ help: false, reason: "not an answer" });
  });

  it("outside help threads needs a parent that asks, and refuses a question back", () => {
    const discussion = {
      ...base,
      threadFlair: "Discussion",
      threadText: "Gemma is out",
      question: { ...thread, text: "Gemma is out" },
    };
    expect(judgeHelp(discussion, lexicon)).toEqual({ help: false, reason: "parent does not ask" });
    const back = {
      ...base,
      answer: { ...base.answer, text: "What GPU do you have? And which driver version?" },
    };
    expect(judgeHelp(back, lexicon)).toEqual({ help: false, reason: "a question back" });
  });
});
