import type { ReactNode } from "react";

import type { ApiError } from "../api/graphql-client.ts";

/** A loading indicator that screen readers announce. */
export function Loading(props: { readonly what: string }): ReactNode {
  return (
    <div className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {props.what}…
    </div>
  );
}

/** Nothing to show, and why, with what to try next. */
export function Empty(props: { readonly children: ReactNode }): ReactNode {
  return (
    <div className="status status-empty" role="status">
      {props.children}
    </div>
  );
}

/** A failed request: the API's message and code, never a stack trace. */
export function ErrorState(props: { readonly error: ApiError; readonly what: string }): ReactNode {
  return (
    <div className="status status-error" role="alert">
      <strong>Could not load {props.what}.</strong> {props.error.message}{" "}
      <code className="error-code">{props.error.code}</code>
    </div>
  );
}
