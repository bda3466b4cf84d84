import path from "node:path";

import { z } from "zod";

import { ANALYZE_DATA_DIR, compilePattern, readDataFile } from "./read-data-file.ts";

/** The help lexicons (ingest/analyze/data/help.yaml), compiled. */
export interface HelpLexicon {
  readonly questionFlairs: ReadonlySet<string>;
  readonly questionOpener: RegExp;
  readonly notAnAnswer: RegExp;
  readonly notAnAnswerOpener: RegExp;
  readonly questionBack: RegExp;
  readonly askingOthers: RegExp;
  readonly thanks: RegExp;
  readonly confirms: RegExp;
  readonly bots: ReadonlySet<string>;
  readonly minAnswerChars: number;
}

/** A post or comment as the help analyzer sees it. */
export interface HelpPost {
  readonly id: string;
  readonly author?: string | undefined;
  readonly text: string;
}

/** One reply and its context: the parent it answers, the thread's flair, and the replies it got. */
export interface HelpCase {
  /** The parent: the thread (isThread) or a comment. */
  readonly question: HelpPost & { readonly isThread: boolean };
  readonly threadFlair?: string | undefined;
  readonly threadAuthor?: string | undefined;
  /** The thread's title and body: whether the thread itself asks. */
  readonly threadText: string;
  readonly answer: HelpPost;
  /** Direct replies to the answer (the asker's thanks are among them). */
  readonly followUps: readonly HelpPost[];
}

/** The verdict: no help, or help with the rule that decided it and the acknowledging comment ids. */
export type HelpVerdict =
  | { readonly help: false; readonly reason: string }
  | {
      readonly help: true;
      /** `help-flair` (a reply to a Question | Help thread) or `asks` (a reply to a question). */
      readonly rule: "help-flair" | "asks";
      readonly acknowledgements: readonly string[];
    };

const schema = z.object({
  questionFlairs: z.array(z.string()),
  questionOpeners: z.string(),
  notAnAnswer: z.string(),
  notAnAnswerOpeners: z.string(),
  questionBack: z.string(),
  askingOthers: z.string(),
  thanks: z.string(),
  confirms: z.string(),
  bots: z.array(z.string()),
  minAnswerChars: z.number().int().min(0),
});

/** Loads help.yaml from `dir` (default ingest/analyze/data). */
export function loadHelpLexicon(dir = ANALYZE_DATA_DIR): HelpLexicon {
  const file = path.join(dir, "help.yaml");
  const data = readDataFile(file, schema);
  return {
    questionFlairs: new Set(data.questionFlairs),
    questionOpener: compilePattern(data.questionOpeners, "im", `${file} questionOpeners`),
    notAnAnswer: compilePattern(data.notAnAnswer, "i", `${file} notAnAnswer`),
    notAnAnswerOpener: compilePattern(data.notAnAnswerOpeners, "i", `${file} notAnAnswerOpeners`),
    questionBack: compilePattern(data.questionBack, "i", `${file} questionBack`),
    askingOthers: compilePattern(data.askingOthers, "i", `${file} askingOthers`),
    thanks: compilePattern(data.thanks, "i", `${file} thanks`),
    confirms: compilePattern(data.confirms, "i", `${file} confirms`),
    bots: new Set(data.bots),
    minAnswerChars: data.minAnswerChars,
  };
}

const LINK = /\]\([^)]*\)|https?:\/\/\S+/g;

/**
 * Decides whether a reply is peer help: A's comment answers B's question — B started a Question | Help thread
 * (any reply to B there; B is never the helper in their own help thread), or B's post or comment asks —, A ≠ B,
 * neither a bot nor deleted, and the reply says something beyond "same here" or a short question back.
 * Acknowledged when B replied to it with thanks or a confirmation.
 */
export function judgeHelp(item: HelpCase, lexicon: HelpLexicon): HelpVerdict {
  const { question, answer } = item;
  if (question.author === undefined || answer.author === undefined)
    return { help: false, reason: "deleted author" };
  if (question.author === answer.author) return { help: false, reason: "self-reply" };
  if (lexicon.bots.has(answer.author) || lexicon.bots.has(question.author))
    return { help: false, reason: "bot" };
  const helpThread = item.threadFlair !== undefined && lexicon.questionFlairs.has(item.threadFlair);
  // The author of a thread that asks is the one being helped there, not a helper.
  if (answer.author === item.threadAuthor && (helpThread || asks(item.threadText, lexicon))) {
    return { help: false, reason: "the asker replying" };
  }
  const flairAsks = helpThread && question.author === item.threadAuthor;
  if (!flairAsks && !asks(question.text, lexicon)) return { help: false, reason: "parent does not ask" };
  const body = stripQuotes(answer.text).replace(LINK, " link ").trim();
  if (body === "" || body === "[deleted]" || body === "[removed]")
    return { help: false, reason: "answer deleted" };
  if (lexicon.notAnAnswer.test(body) || lexicon.notAnAnswerOpener.test(body)) {
    return { help: false, reason: "not an answer" };
  }
  const linked = LINK.test(answer.text);
  LINK.lastIndex = 0;
  if (body.length < lexicon.minAnswerChars && !linked) return { help: false, reason: "too short" };
  if (!linked && isAQuestionBack(body, lexicon)) return { help: false, reason: "a question back" };
  const acknowledgements = item.followUps
    .filter((reply) => reply.author === question.author && acknowledges(reply.text, lexicon))
    .map((reply) => reply.id);
  return { help: true, rule: flairAsks ? "help-flair" : "asks", acknowledgements };
}

/** A text asks when it has a question mark outside quotes and links, or opens with a question word. */
export function asks(text: string, lexicon: HelpLexicon): boolean {
  const prose = stripQuotes(text)
    .replace(LINK, " ")
    .replace(/`[^`]*`/g, " ");
  return /\?(?!\S*[=&])/.test(prose) || lexicon.questionOpener.test(prose);
}

function acknowledges(text: string, lexicon: HelpLexicon): boolean {
  return lexicon.thanks.test(text) || lexicon.confirms.test(text);
}

/** Quoted lines (Reddit escapes `>` as `&gt;` in bodies) repeat someone else's words. */
function stripQuotes(text: string): string {
  return text.replace(/^\s*(?:>|&gt;).*$/gm, " ");
}

/**
 * A question back, not an answer: most sentences are questions ("What GPU do you have?"), or the reply is short
 * and opens with a question word ("What's -pp? couldn't find it").
 */
function isAQuestionBack(body: string, lexicon: HelpLexicon): boolean {
  const sentences = body.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== "");
  const questions = sentences.filter((s) => s.trim().endsWith("?")).length;
  return (
    questions * 2 > sentences.length ||
    (body.length < 100 && lexicon.questionBack.test(body)) ||
    lexicon.askingOthers.test(body)
  );
}
