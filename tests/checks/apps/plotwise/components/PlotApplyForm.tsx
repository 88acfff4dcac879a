"use client";

import { useActionState } from "react";
import { applyForPlot } from "@/app/actions/plots";

export function PlotApplyForm() {
  const [state, action, pending] = useActionState(applyForPlot, undefined);
  return (
    <form action={action}>
      <input name="preferredSite" placeholder="Preferred site (optional)" />
      <textarea name="statement" placeholder="Tell us about your growing experience" />
      {state && !state.ok && "error" in state && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Join the waiting list</button>
    </form>
  );
}
