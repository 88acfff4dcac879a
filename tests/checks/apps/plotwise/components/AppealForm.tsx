"use client";

import { useActionState } from "react";
import { appealInspection } from "@/app/actions/inspections";

export function AppealForm({ inspectionId }: { inspectionId: string }) {
  const [state, action, pending] = useActionState(appealInspection, undefined);
  return (
    <form action={action}>
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <textarea name="appealText" minLength={10} />
      {state && !state.ok && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Appeal</button>
    </form>
  );
}
