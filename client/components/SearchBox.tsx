import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

import { graphql } from "../api/graphql-client.ts";
import { SEARCH, type SearchResult } from "../api/queries.ts";
import { formatCount } from "../graph/format-count.ts";
import { treeRoute, type Route } from "../routing/route.ts";
import { useNavigate } from "../routing/navigation-context.ts";

interface Suggestion {
  readonly key: string;
  readonly kind: "model" | "person" | "thread" | "comment";
  readonly text: string;
  readonly detail: string;
  readonly route: Route;
}

/** The suggestions a search answer offers: a matching person first, then models, then posts. */
function suggestionsOf(result: SearchResult): Suggestion[] {
  const out: Suggestion[] = [];
  if (result.redditUser) {
    out.push({
      key: `u:${result.redditUser.name}`,
      kind: "person",
      text: `u/${result.redditUser.name}`,
      detail: "Reddit user",
      route: { view: "user", name: result.redditUser.name },
    });
  }
  for (const { model } of result.searchModels.slice(0, 6)) {
    out.push({
      key: `m:${model.id}`,
      kind: "model",
      text: model.id,
      detail: model.placeholder
        ? "model (referenced only)"
        : `model${model.downloads != null ? ` · ${formatCount(model.downloads)} downloads` : ""}`,
      route: treeRoute(model.id, model.id),
    });
  }
  for (const { post } of result.searchPosts.slice(0, 6)) {
    const isThread = post.__typename === "Thread";
    out.push({
      key: `p:${post.id}`,
      kind: isThread ? "thread" : "comment",
      text: isThread ? (post.title ?? post.id) : snippet(post.body),
      detail: `${isThread ? "thread" : "comment"}${post.author ? ` by u/${post.author}` : ""}`,
      route: isThread
        ? { view: "thread", id: post.id }
        : { view: "thread", id: post.threadId ?? post.id, comment: post.id },
    });
  }
  return out;
}

function snippet(text: string | null): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat || "(no text)";
}

/**
 * One box for models, people and posts, driven from the keyboard: "/" focuses it, arrows move through the
 * suggestions, Enter opens one (or, with none chosen, the full results page), Escape closes the list.
 */
export function SearchBox(props: { readonly initial?: string }): ReactNode {
  const navigate = useNavigate();
  const [text, setText] = useState(props.initial ?? "");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable=true]");
      if (event.key === "/" && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      graphql<SearchResult>(SEARCH, { q: query, first: 8 }, controller.signal).then(
        (result) => {
          setSuggestions(suggestionsOf(result));
          setActive(-1);
        },
        () => setSuggestions([]),
      );
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const go = (route: Route): void => {
    setOpen(false);
    input.current?.blur();
    navigate(route);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(suggestions.length - 1, index + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(-1, index - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = suggestions[active];
      if (open && chosen) go(chosen.route);
      else if (text.trim()) go({ view: "search", q: text.trim() });
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  };

  const showList = open && suggestions.length > 0;
  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search models, people and posts"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Search models, people, posts  ( / )"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" className="suggestions" aria-label="Suggestions">
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.key}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? "active" : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                go(suggestion.route);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className={`kind kind-${suggestion.kind}`}>{suggestion.kind}</span>
              <span className="text">{suggestion.text}</span>
              <span className="detail">{suggestion.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
