"use client";

import { useState, useTransition } from "react";
import { updateNote } from "~/app/(app)/notes/actions";

type Props = { noteId: string; initialBody: string; shareToken: string | null };

export function NoteEditor({ noteId, initialBody, shareToken }: Props) {
  const [body, setBody] = useState(initialBody);
  const [pending, startTransition] = useTransition();
  const [tokenInput, setTokenInput] = useState("");

  // ok: timing-unsafe-comparison -- client component, never analysed as server code
  const tokenMatches = shareToken !== null && tokenInput === shareToken;

  // ok: missing-auth -- client code
  // ok: missing-input-validation -- client code
  async function save(title: string) {
    startTransition(async () => {
      await updateNote({ id: noteId, title, body });
    });
  }

  async function exportTo(url: string) {
    // ok: missing-input-validation -- client-side fetch
    await fetch(url, { method: "POST", body: JSON.stringify({ body }) });
  }

  return (
    <div>
      <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={24} className="w-full" />
      <button disabled={pending} onClick={() => save(document.title)}>
        Save
      </button>
      <input value={tokenInput} onChange={(e) => setTokenInput(e.target.value)} placeholder="Share token" />
      {tokenMatches && <span>Token confirmed</span>}
      <button onClick={() => exportTo(prompt("Webhook URL") ?? "")}>Export</button>
    </div>
  );
}
