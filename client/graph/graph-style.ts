import type { StylesheetJson } from "cytoscape";

/** Shared look: the site's font, readable labels over edges, a clear selection ring. */
const BASE: StylesheetJson = [
  {
    selector: "node",
    style: {
      "font-family": "DejaVu Sans, system-ui, sans-serif",
      "font-size": 11,
      color: "#1d2330",
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "min-zoomed-font-size": 7,
    },
  },
  {
    selector: "node.selected, node:selected",
    style: { "border-width": 4, "border-color": "#d62828", "border-style": "solid" },
  },
  {
    selector: "edge.selected, edge:selected",
    style: { "line-color": "#d62828", "target-arrow-color": "#d62828" },
  },
  { selector: ".faded", style: { opacity: 0.25 } },
];

/** The family tree: colour by relation (from the data), size by downloads, placeholders dashed and hollow. */
export const FAMILY_TREE_STYLE: StylesheetJson = [
  ...BASE,
  {
    selector: "node.model",
    style: {
      width: "data(size)",
      height: "data(size)",
      "background-color": "data(color)",
      label: "data(label)",
      "text-wrap": "wrap",
      "text-max-width": "150px",
      "text-overflow-wrap": "anywhere",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  {
    selector: "node.sideways",
    style: {
      "text-valign": "center",
      "text-halign": "right",
      "text-margin-x": 5,
      "text-margin-y": 0,
      "text-max-width": "200px",
    },
  },
  {
    selector: "node.root",
    style: { shape: "round-rectangle", "border-width": 3, "border-color": "#1d2330", "font-weight": "bold" },
  },
  {
    selector: "node.placeholder",
    style: {
      "background-opacity": 0.12,
      "border-style": "dashed",
      "border-width": 2,
      "border-color": "data(color)",
      color: "#5b6270",
      "font-style": "italic",
    },
  },
  {
    selector: "edge.derived",
    style: {
      width: 2,
      "line-color": "data(color)",
      "target-arrow-color": "data(color)",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "curve-style": "bezier",
    },
  },
  { selector: "edge.rel-unknown", style: { "line-style": "dashed" } },
  // Re-apply the selection after the node rules, which set their own borders.
  {
    selector: "node.selected",
    style: { "border-width": 4, "border-color": "#d62828", "border-style": "solid" },
  },
];

/** The help network: width by weight; acknowledged help in a strong colour, the rest muted. */
export const HELP_NETWORK_STYLE: StylesheetJson = [
  ...BASE,
  {
    selector: "node.person",
    style: {
      width: "data(size)",
      height: "data(size)",
      "background-color": "#7a8394",
      label: "data(label)",
      "font-size": 9,
      "text-valign": "bottom",
      "text-margin-y": 3,
    },
  },
  { selector: "node.helper", style: { "background-color": "#0072B2" } },
  {
    selector: "edge.helped",
    style: {
      width: "data(width)",
      "line-color": "#b4bac6",
      "target-arrow-color": "#b4bac6",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      opacity: 0.8,
    },
  },
  { selector: "edge.straight", style: { "curve-style": "straight" } },
  {
    selector: "edge.acknowledged",
    style: { "line-color": "#E69F00", "target-arrow-color": "#E69F00", opacity: 1, "z-index": 10 },
  },
  {
    selector: "edge.selected",
    style: { "line-color": "#d62828", "target-arrow-color": "#d62828", "z-index": 20 },
  },
];
