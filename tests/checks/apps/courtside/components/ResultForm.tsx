"use client";

import { useActionState } from "react";

type State = { error?: string; ok?: boolean };

export function ResultForm({ action }: { action: (prev: State, fd: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input name="fixtureId" type="hidden" />
      <input name="clubId" type="hidden" />
      <input name="homeScore" type="number" min={0} />
      <input name="awayScore" type="number" min={0} />
      {state.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Confirm result</button>
    </form>
  );
}
