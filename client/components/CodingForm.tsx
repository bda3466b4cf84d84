import { useState, type FormEvent, type ReactNode } from "react";

/** Adds a code to one post: the code name (with the codebook as suggestions) and an optional note. */
export function CodingForm(props: {
  readonly itemId: string;
  readonly codebookId: string;
  readonly onAdd: (code: string, note: string | undefined) => Promise<void>;
}): ReactNode {
  const [code, setCode] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!code.trim()) return;
    setBusy(true);
    setProblem(undefined);
    props.onAdd(code.trim(), note.trim() || undefined).then(
      () => {
        setCode("");
        setNote("");
        setBusy(false);
      },
      (error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
        setBusy(false);
      },
    );
  };
  return (
    <form className="coding-form" onSubmit={submit} aria-label={`Code ${props.itemId}`}>
      <input
        list={props.codebookId}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        placeholder="code"
        aria-label={`Code for ${props.itemId}`}
      />
      <input
        value={note}
        onChange={(event) => setNote(event.target.value)}
        placeholder="note (optional)"
        aria-label={`Note for ${props.itemId}`}
      />
      <button type="submit" disabled={busy || !code.trim()}>
        Add code
      </button>
      {problem && (
        <span className="status-error" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
