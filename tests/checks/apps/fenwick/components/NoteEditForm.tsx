"use client";

import { useActionState } from "react";

type Defaults = { subjective: string; objective: string; assessment: string; plan: string };

export function NoteEditForm({
  action,
  locked,
  defaults,
}: {
  action: (prev: unknown, formData: FormData) => Promise<{ status: "saved" }>;
  locked: boolean;
  defaults: Defaults;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      {(Object.keys(defaults) as (keyof Defaults)[]).map((k) => (
        <textarea key={k} name={k} defaultValue={defaults[k]} disabled={locked} />
      ))}
      <button disabled={pending || locked}>Save</button>
      {state?.status === "saved" && <small>Saved</small>}
    </form>
  );
}
