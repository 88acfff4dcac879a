"use client";

import { useActionState } from "react";
import type { LoadState } from "@/app/actions/loads";

export function EditLoadForm({ action }: { action: (prev: LoadState, formData: FormData) => Promise<LoadState> }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction}>
      <input name="rateCents" type="number" />
      <input name="deliveryAt" type="datetime-local" />
      <button>Save</button>
      {state.ok ? <span>Saved</span> : null}
    </form>
  );
}
