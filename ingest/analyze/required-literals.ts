/**
 * Literal strings of which every match of a regular expression contains at least one (a prefilter, as RE2 and
 * code-search engines build): a text holding none of them cannot match, and one alternation of plain words scans
 * a text several times faster than the rules' own alternation, which tries each rule at every position. Only the
 * syntax the data files use is understood; anything else (named groups, \u escapes, a stray brace) gives
 * undefined, and the caller then goes without a prefilter. Characters are kept as written: the prefilter runs
 * with the same flags as the pattern.
 */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const parser = new Parser(source);
    const info = parser.alternation();
    if (parser.at < source.length) return undefined;
    const set = telling(info);
    return set === undefined ? undefined : [...set];
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * One case-insensitive alternation of the literals of every pattern (flags "i", as the patterns'), or undefined
 * when some pattern has none; a literal that contains another is left out, since the shorter one finds it.
 */
export function literalPrefilter(sources: readonly string[]): RegExp | undefined {
  const lists = sources.map(requiredLiterals);
  if (!lists.every((list) => list !== undefined)) return undefined;
  const kept: string[] = [];
  for (const literal of [...new Set(lists.flat())].sort((a, b) => a.length - b.length)) {
    if (!kept.some((shorter) => contains(literal, shorter))) kept.push(literal);
  }
  return new RegExp(kept.map(escapeRegExp).join("|") || "(?!)", "i");
}

/** Whether `text` holds `part`, ignoring case when both are printable ASCII (else compared as they are). */
function contains(text: string, part: string): boolean {
  const ascii = /^[ -~]*$/;
  return ascii.test(text) && ascii.test(part)
    ? text.toLowerCase().includes(part.toLowerCase())
    : text.includes(part);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** What is known of a part of a pattern. */
interface Info {
  /** Every string the part can match, when there are few. */
  readonly exact?: ReadonlySet<string>;
  /** Strings one of which every match of the part contains. */
  readonly must?: ReadonlySet<string>;
}

// Most strings an exact set may hold before it is given up (cross products grow fast).
const LIMIT = 64;
const ANYTHING: Info = {};
const EMPTY: Info = { exact: new Set([""]) };
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v" };

class Unsupported extends Error {}

/** The most selective set known: long strings first (up to 5 characters), then fewer of them; never one with "". */
function telling(info: Info): ReadonlySet<string> | undefined {
  return mostTelling([info.exact, info.must]);
}

function mostTelling(sets: readonly (ReadonlySet<string> | undefined)[]): ReadonlySet<string> | undefined {
  let best: ReadonlySet<string> | undefined;
  for (const set of sets) {
    if (set === undefined || set.has("")) continue;
    if (best === undefined || score(set) > score(best)) best = set;
  }
  return best;
}

function score(set: ReadonlySet<string>): number {
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return Math.min(shortest, 5) * 1000 - set.size;
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined {
  if (a.size * b.size > LIMIT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A recursive-descent reader of the pattern that computes Info bottom-up. */
class Parser {
  at = 0;

  constructor(private readonly source: string) {}

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    let exact: Set<string> | undefined = new Set<string>();
    for (const branch of branches) {
      if (branch.exact === undefined || exact.size + branch.exact.size > LIMIT) {
        exact = undefined;
        break;
      }
      for (const s of branch.exact) exact.add(s);
    }
    const must = new Set<string>();
    for (const branch of branches) {
      const set = telling(branch);
      if (set === undefined) return exact !== undefined ? { exact } : ANYTHING;
      for (const s of set) must.add(s);
    }
    return exact !== undefined ? { exact, must } : { must };
  }

  /** Adjacent parts: exact sets are joined while they stay small; the most telling run or part is kept. */
  sequence(): Info {
    let run = new Set([""]);
    let whole = true;
    const candidates: ReadonlySet<string>[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const part = this.quantified();
      const joined = part.exact !== undefined ? cross(run, part.exact) : undefined;
      if (joined !== undefined) {
        run = joined;
        continue;
      }
      whole = false;
      candidates.push(run);
      const set = telling(part);
      if (set !== undefined) candidates.push(set);
      run = new Set(part.exact ?? [""]);
    }
    candidates.push(run);
    const must = mostTelling(candidates);
    if (whole) return must !== undefined ? { exact: run, must } : { exact: run };
    return must !== undefined ? { must } : ANYTHING;
  }

  quantified(): Info {
    const part = this.atom();
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === "?" || c === "*" || c === "+") {
      this.at++;
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Infinity;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (m === null) throw new Unsupported();
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return part;
    if (this.source[this.at] === "?") this.at++; // lazy: matches the same strings
    if (min === 0 && max === 1)
      return part.exact !== undefined ? { exact: new Set([...part.exact, ""]) } : ANYTHING;
    if (min === 0) return ANYTHING;
    const must = telling(part);
    return must !== undefined ? { must } : ANYTHING;
  }

  atom(): Info {
    const c = this.source[this.at++]!;
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") {
      const e = this.source[this.at++];
      if (e === undefined || "uxck".includes(e)) throw new Unsupported();
      if (e === "b" || e === "B") return EMPTY;
      if (/[dDwWsSpP0-9]/.test(e)) return ANYTHING;
      return { exact: new Set([CONTROL_ESCAPES[e] ?? e]) };
    }
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return ANYTHING;
    if (c === ")" || c === "|" || c === "{" || c === "}" || c === "]") throw new Unsupported();
    return { exact: new Set([c]) };
  }

  /** A group; a lookaround matches no text, so it is as if absent. */
  group(): Info {
    let lookaround = false;
    if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at))) {
      this.at += this.source[this.at + 1] === "<" ? 3 : 2;
      lookaround = true;
    } else if (this.source[this.at] === "?") throw new Unsupported();
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") throw new Unsupported();
    return lookaround ? EMPTY : inner;
  }

  /** A small class of single characters ([ -], [sz]) is an exact set; ranges, negations and escapes are not. */
  characterClass(): Info {
    const chars = new Set<string>();
    let known = this.source[this.at] !== "^";
    if (!known) this.at++;
    if (this.source[this.at] === "]") throw new Unsupported(); // [] and [^]: JavaScript's own meanings
    while (this.at < this.source.length && this.source[this.at] !== "]") {
      let c = this.source[this.at++]!;
      if (c === "\\") {
        const e = this.source[this.at++];
        if (e === undefined || "uxck".includes(e)) throw new Unsupported();
        if (/[dDwWsSpPbB0-9]/.test(e)) {
          known = false;
          continue;
        }
        c = CONTROL_ESCAPES[e] ?? e;
      }
      if (
        this.source[this.at] === "-" &&
        this.at + 1 < this.source.length &&
        this.source[this.at + 1] !== "]"
      ) {
        known = false;
        this.at += this.source[this.at + 1] === "\\" ? 3 : 2;
        continue;
      }
      chars.add(c);
    }
    if (this.source[this.at++] !== "]") throw new Unsupported();
    return known && chars.size <= 4 ? { exact: chars } : ANYTHING;
  }
}
