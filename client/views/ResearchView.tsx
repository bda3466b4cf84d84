import { useState, type ReactNode } from "react";

import { RESEARCH, type ResearchResult } from "../api/queries.ts";
import { MonthChart } from "../components/MonthChart.tsx";
import { ShareBars, type ShareBar } from "../components/ShareBars.tsx";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { countByMonth } from "../data/share.ts";
import { useApi } from "../hooks/use-api.ts";
import { useMentionDates } from "../hooks/use-mention-dates.ts";
import { useNavigate } from "../routing/navigation-context.ts";
import { ResearchTimeline } from "./ResearchTimeline.tsx";

type Counted = ResearchResult["codes"][number] | ResearchResult["themes"][number];

/** Human coding over the items anyone coded, machine classification over the items classified. */
function barsOf(items: readonly Counted[]): ShareBar[] {
  return [...items]
    .sort((a, b) => b.count - a.count || b.classifiedCount - a.classifiedCount)
    .map((item) => ({
      label: item.name,
      share: { count: item.count, of: item.codedItems },
      secondary: { count: item.classifiedCount, of: item.classifiedItems },
    }));
}

const KIND_TITLES: Record<string, string> = {
  stance: "Stances on openness",
  advantage: "Advantages named",
  deterrent: "Deterrents named",
};

/**
 * Themes, stances, advantages and deterrents as shares with their denominators (human coding and machine
 * classification side by side, never mixed), the same per month (ResearchTimeline), and a chosen model's mentions
 * over time.
 */
export function ResearchView(props: { readonly model?: string | undefined }): ReactNode {
  const navigate = useNavigate();
  const state = useApi<ResearchResult>(RESEARCH, {});
  const mentions = useMentionDates(props.model);
  const [modelText, setModelText] = useState(props.model ?? "");

  return (
    <div className="research-view">
      <h1>Research</h1>
      {state.status === "loading" && <Loading what="codes and themes" />}
      {state.status === "error" && <ErrorState error={state.error} what="codes and themes" />}
      {state.status === "ok" && (
        <>
          <p className="meta">
            Scope: {state.data.codes[0]?.itemsInScope ?? state.data.themes[0]?.itemsInScope ?? 0} threads and
            comments. Human shares are out of the items a person coded; machine shares out of the items a
            classifier labelled.
          </p>
          {state.data.themes.length === 0 && state.data.codes.length === 0 ? (
            <Empty>No codes or themes yet: run `commons analyze`, or code threads in the thread view.</Empty>
          ) : (
            <div className="charts">
              {state.data.themes.length > 0 && (
                <ShareBars
                  title="Themes"
                  bars={barsOf(state.data.themes)}
                  primaryLabel="coded by people"
                  secondaryLabel="classified"
                />
              )}
              {Object.entries(KIND_TITLES).map(([kind, title]) => {
                const codes = state.data.codes.filter((code) => code.kind === kind);
                return codes.length > 0 ? (
                  <ShareBars
                    key={kind}
                    title={title}
                    bars={barsOf(codes)}
                    primaryLabel="coded by people"
                    secondaryLabel="classified"
                  />
                ) : null;
              })}
            </div>
          )}
        </>
      )}
      <section className="panel-section" aria-label="Codes over time">
        <h2>Over time</h2>
        <ResearchTimeline />
      </section>
      <section className="panel-section" aria-label="Mentions over time">
        <h2>Mentions over time</h2>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            navigate(
              { view: "research", ...(modelText.trim() ? { model: modelText.trim() } : {}) },
              { replace: true },
            );
          }}
        >
          <input
            value={modelText}
            onChange={(event) => setModelText(event.target.value)}
            placeholder="org/model"
            aria-label="Model id for the mentions chart"
          />
          <button type="submit">Chart mentions</button>
        </form>
        {mentions?.status === "loading" && <Loading what="mentions" />}
        {mentions?.status === "error" && <ErrorState error={mentions.error} what="mentions" />}
        {mentions?.status === "ok" &&
          (mentions.data.total === 0 ? (
            <Empty>No thread or comment mentions {props.model}.</Empty>
          ) : (
            <>
              <MonthChart
                title={`Posts mentioning ${props.model ?? ""}, per month`}
                months={countByMonth(mentions.data.dates)}
              />
              <p className="meta">
                {mentions.data.dates.length} of {mentions.data.total} mentions have a date and are charted.
              </p>
            </>
          ))}
      </section>
    </div>
  );
}
