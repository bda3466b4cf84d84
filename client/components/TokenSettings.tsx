import { useState, type ReactNode } from "react";

import { storedToken, storeToken } from "../api/graphql-client.ts";

const CODER_KEY = "commons.coder";

/** The coder's name for CODED edges, kept in this browser beside the token. */
export function storedCoder(): string {
  try {
    return localStorage.getItem(CODER_KEY) ?? "";
  } catch {
    return "";
  }
}

/**
 * Where a researcher enters the API token that enables coding, and the name their codes are recorded under.
 * Both stay in this browser's localStorage; without a token the thread view is read-only.
 */
export function TokenSettings(props: { readonly onChange: () => void }): ReactNode {
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState(storedToken() ?? "");
  const [coder, setCoder] = useState(storedCoder());
  const configured = storedToken() !== undefined;
  if (!open) {
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => setOpen(true)}
        aria-label="Coding settings"
      >
        {configured ? `Coding as ${storedCoder() || "?"}` : "Enable coding…"}
      </button>
    );
  }
  return (
    <form
      className="token-settings"
      aria-label="Coding settings"
      onSubmit={(event) => {
        event.preventDefault();
        storeToken(token.trim() || undefined);
        localStorage.setItem(CODER_KEY, coder.trim());
        setOpen(false);
        props.onChange();
      }}
    >
      <label>
        API token{" "}
        <input
          type="password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          autoComplete="off"
        />
      </label>
      <label>
        Coder name{" "}
        <input
          value={coder}
          onChange={(event) => setCoder(event.target.value)}
          required={token.trim() !== ""}
        />
      </label>
      <button type="submit">Save</button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
