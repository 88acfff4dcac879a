"use client";

import { useActionState } from "react";
import { reviewClause } from "@/app/(staff)/ai/actions";

export function ClauseReview({ matterId }: { matterId: string }) {
  const [state, action, pending] = useActionState(reviewClause, undefined);
  return (
    <form action={action}>
      <input type="hidden" name="matterId" value={matterId} />
      <textarea name="clause" rows={10} />
      <button disabled={pending}>Review clause</button>
      {state && "review" in state ? <pre>{state.review}</pre> : null}
      {state && "error" in state ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}
