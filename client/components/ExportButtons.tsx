import type { Core } from "cytoscape";
import type { ReactNode } from "react";

/** Saves a blob under a file name through a temporary link (works without any permission prompt). */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** PNG and Cytoscape JSON of the graph as it is drawn now (filters, expansions and positions included). */
export function ExportButtons(props: {
  readonly cy: Core | undefined;
  readonly fileStem: string;
}): ReactNode {
  const stem = props.fileStem.replace(/[^\w.-]+/g, "_");
  const png = (): void => {
    if (!props.cy) return;
    const blob = props.cy.png({
      output: "blob",
      full: true,
      scale: 2,
      maxWidth: 8000,
      maxHeight: 8000,
      bg: "#ffffff",
    });
    download(blob, `${stem}.png`);
  };
  const json = (): void => {
    if (!props.cy) return;
    const text = JSON.stringify(props.cy.json(), null, 2);
    download(new Blob([text], { type: "application/json" }), `${stem}.cyjs.json`);
  };
  return (
    <div className="export-buttons" role="group" aria-label="Export the graph">
      <button type="button" onClick={png} disabled={!props.cy} aria-label="Export the graph as PNG">
        PNG
      </button>
      <button
        type="button"
        onClick={json}
        disabled={!props.cy}
        aria-label="Export the graph as Cytoscape JSON"
      >
        JSON
      </button>
    </div>
  );
}
