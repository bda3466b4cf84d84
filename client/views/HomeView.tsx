import type { ReactNode } from "react";

import { RESEARCH, type ResearchResult } from "../api/queries.ts";
import { RouteLink } from "../components/RouteLink.tsx";
import { ErrorState } from "../components/Status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { HELP_DEFAULTS, treeRoute } from "../routing/route.ts";

/** The start page: what is in the graph and where to begin. */
export function HomeView(): ReactNode {
  const state = useApi<ResearchResult>(RESEARCH, {});
  return (
    <div className="home-view">
      <h1>The open-weight model commons</h1>
      <p className="lead">
        r/LocalLLaMA threads and comments, Hugging Face model families and the people behind both, in one
        graph. Search above (press <kbd>/</kbd>), or start from one of these:
      </p>
      <ul className="start-cards">
        <li>
          <RouteLink to={treeRoute("mistralai/Mistral-7B-v0.1")}>
            <strong>Family tree</strong>
            <span>What is built on Mistral-7B, and who quantized it</span>
          </RouteLink>
        </li>
        <li>
          <RouteLink to={treeRoute("meta-llama/Llama-2-7b")}>
            <strong>Family tree</strong>
            <span>Llama-2-7b's fine-tunes, adapters, quantizations and merges</span>
          </RouteLink>
        </li>
        <li>
          <RouteLink to={{ view: "help", ...HELP_DEFAULTS }}>
            <strong>Help network</strong>
            <span>Who helped whom, with the comment exchanges as evidence</span>
          </RouteLink>
        </li>
        <li>
          <RouteLink to={{ view: "research" }}>
            <strong>Research</strong>
            <span>Themes, stances, advantages and deterrents, every share with its denominator</span>
          </RouteLink>
        </li>
      </ul>
      {state.status === "error" && <ErrorState error={state.error} what="the graph's statistics" />}
      {state.status === "ok" && (
        <section className="panel-section" aria-label="In the graph">
          <h2>In the graph</h2>
          <dl className="stats">
            {state.data.stats.nodes
              .filter((entry) => entry.label !== "Checkpoint")
              .map((entry) => (
                <div key={entry.label}>
                  <dt>{entry.label}</dt>
                  <dd>{entry.count.toLocaleString("en")}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
    </div>
  );
}
