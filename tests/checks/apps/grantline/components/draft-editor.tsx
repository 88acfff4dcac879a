"use client";

import { useActionState } from "react";

type State = { error?: string; saved?: string } | undefined;

export default function DraftEditor(props: { title: string; narrative: string; action: (prev: State, formData: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(props.action, undefined);
  return (
    <form action={formAction}>
      <input name="title" defaultValue={props.title} />
      <textarea name="narrative" defaultValue={props.narrative} rows={20} />
      <button disabled={pending}>{pending ? "Saving…" : "Save draft"}</button>
      {state?.error && <p role="alert">{state.error}</p>}
      {state?.saved && <p>Saved at {state.saved}</p>}
    </form>
  );
}
