"use client";

import { useActionState } from "react";

type State = { error?: string; ok?: boolean } | undefined;

export function DeadlineForm({ action }: { action: (prev: State, formData: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex gap-2">
      <input name="title" placeholder="Deadline" required />
      <input name="dueAt" type="date" required />
      <input name="rule" placeholder="FRCP 12(a)" />
      <button disabled={pending}>Add</button>
      {state?.error ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}
