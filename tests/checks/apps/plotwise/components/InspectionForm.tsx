"use client";

import { useActionState } from "react";
import { recordInspection } from "@/app/actions/inspections";

export function InspectionForm({ plotId }: { plotId: string }) {
  const [state, action, pending] = useActionState(recordInspection, undefined);
  return (
    <form action={action}>
      <input type="hidden" name="plotId" value={plotId} />
      <select name="condition" defaultValue="GOOD">
        {["EXCELLENT", "GOOD", "FAIR", "POOR", "UNCULTIVATED"].map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <input name="score" type="number" min={1} max={5} defaultValue={3} />
      <textarea name="notes" />
      {state && !state.ok && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Record inspection</button>
    </form>
  );
}
