import type { ReactNode } from "react";

import { RELATION_COLORS, RELATIONS, type Relation } from "../graph/relations.ts";
import type { TreeRoute } from "../routing/route.ts";

const DOWNLOAD_STEPS = [0, 100, 1_000, 10_000, 100_000, 1_000_000];

/** The family tree's filters: depth up and down, relations, minimum downloads, creation window. */
export function TreeFilterBar(props: {
  readonly route: TreeRoute;
  readonly onChange: (next: TreeRoute) => void;
}): ReactNode {
  const { route, onChange } = props;
  const toggle = (relation: Relation): void => {
    const has = route.relations.includes(relation);
    onChange({
      ...route,
      relations: RELATIONS.filter((r) => (r === relation ? !has : route.relations.includes(r))),
    });
  };
  const setDate = (key: "from" | "to", value: string): void => {
    const next: Record<string, unknown> = { ...route };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next as unknown as TreeRoute);
  };
  return (
    <form
      className="filter-bar"
      aria-label="Family tree filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <fieldset className="relations">
        <legend>Relations</legend>
        {RELATIONS.map((relation) => (
          <label key={relation} className="chip" style={{ ["--chip" as string]: RELATION_COLORS[relation] }}>
            <input
              type="checkbox"
              checked={route.relations.includes(relation)}
              onChange={() => toggle(relation)}
            />
            {relation}
          </label>
        ))}
      </fieldset>
      <label title="Ancestor levels">
        ▲
        <input
          type="number"
          min={0}
          max={10}
          value={route.up}
          aria-label="Ancestor levels"
          onChange={(event) => onChange({ ...route, up: clamp(event.target.valueAsNumber, 0, 10) })}
        />
      </label>
      <label title="Descendant levels">
        ▼
        <input
          type="number"
          min={0}
          max={10}
          value={route.down}
          aria-label="Descendant levels"
          onChange={(event) => onChange({ ...route, down: clamp(event.target.valueAsNumber, 0, 10) })}
        />
      </label>
      <label>
        Downloads ≥
        <select
          value={route.minDownloads}
          aria-label="Minimum downloads"
          onChange={(event) => onChange({ ...route, minDownloads: Number(event.target.value) })}
        >
          {DOWNLOAD_STEPS.map((step) => (
            <option key={step} value={step}>
              {step.toLocaleString("en")}
            </option>
          ))}
        </select>
      </label>
      <label>
        Created
        <input
          type="date"
          value={route.from ?? ""}
          aria-label="Created from"
          onChange={(event) => setDate("from", event.target.value)}
        />
      </label>
      <label>
        –
        <input
          type="date"
          value={route.to ?? ""}
          aria-label="Created until"
          onChange={(event) => setDate("to", event.target.value)}
        />
      </label>
    </form>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}
