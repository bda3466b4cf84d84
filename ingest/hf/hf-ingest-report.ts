import { IngestReport } from "../common/ingest-report.ts";

/**
 * The shared IngestReport plus what a Hugging Face run adds: lineage edges written, edges refused
 * (self-loops, cycles), placeholders written and, for live crawls, the HTTP requests made.
 */
export class HfIngestReport extends IngestReport {
  links = 0;
  linksRefused = 0;
  placeholders = 0;
  requests = 0;

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      links: this.links,
      linksRefused: this.linksRefused,
      placeholders: this.placeholders,
      requests: this.requests,
    };
  }

  override summary(): string {
    return (
      `${super.summary()}; ${this.links} lineage edges, ${this.linksRefused} refused, ` +
      `${this.placeholders} placeholder rows${this.requests > 0 ? `, ${this.requests} HTTP requests` : ""}`
    );
  }
}
