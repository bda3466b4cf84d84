import { describe, expect, it } from "vitest";

import { initialViewport, MIN_ZOOM, READABLE_START_ELEMENTS } from "../../client/graph/initial-viewport.ts";

const SCREEN = { width: 1000, height: 600 };

/** Where a model position lands on screen under a viewport. */
function rendered(
  v: ReturnType<typeof initialViewport>,
  p: { x: number; y: number },
): { x: number; y: number } {
  return { x: p.x * v.zoom + v.pan.x, y: p.y * v.zoom + v.pan.y };
}

describe("initialViewport", () => {
  it("fits a mid-sized graph whole, inside the padding", () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 1200, y: 300 }, c: { x: 600, y: -200 } };
    const v = initialViewport(positions, 5, SCREEN);
    expect(v.zoom).toBeGreaterThan(0.45);
    expect(v.zoom).toBeLessThanOrEqual(1.2);
    for (const p of Object.values(positions)) {
      const r = rendered(v, p);
      expect(r.x).toBeGreaterThanOrEqual(30);
      expect(r.x).toBeLessThanOrEqual(SCREEN.width - 30);
      expect(r.y).toBeGreaterThanOrEqual(30);
      expect(r.y).toBeLessThanOrEqual(SCREEN.height - 30);
    }
  });

  it("never draws a tiny graph above 1.2×, and centres it", () => {
    const v = initialViewport({ a: { x: 10, y: 10 }, b: { x: 20, y: 10 } }, 3, SCREEN);
    expect(v.zoom).toBe(1.2);
    expect(rendered(v, { x: 15, y: 10 })).toEqual({ x: 500, y: 300 });
  });

  it("starts a large tree at a readable zoom on its focus, and shows a large network without one whole", () => {
    const positions: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 3000; i++) positions[`n${i}`] = { x: (i % 10) * 240, y: i * 30 };
    const tree = initialViewport(positions, 6000, SCREEN, "n1500");
    expect(tree.zoom).toBe(0.75);
    expect(rendered(tree, positions.n1500!)).toEqual({ x: 500, y: 300 });
    const network = initialViewport(positions, READABLE_START_ELEMENTS + 1, SCREEN);
    expect(network.zoom).toBeLessThan(0.45);
    expect(network.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
    // A focus that is not drawn (filtered out) does not move the view.
    expect(initialViewport(positions, 6000, SCREEN, "missing").zoom).toBe(network.zoom);
  });

  it("gives an empty drawing a neutral viewport", () => {
    expect(initialViewport({}, 0, SCREEN)).toEqual({ zoom: 1, pan: { x: 500, y: 300 } });
  });
});
