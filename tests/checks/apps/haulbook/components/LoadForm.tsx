"use client";

import { useActionState } from "react";
import type { LoadState } from "@/app/actions/loads";

export function LoadForm({ action }: { action: (prev: LoadState, formData: FormData) => Promise<LoadState> }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction}>
      <input name="reference" placeholder="Reference" />
      <input name="origin" placeholder="Origin" />
      <input name="destination" placeholder="Destination" />
      <input name="pickupAt" type="datetime-local" />
      <input name="deliveryAt" type="datetime-local" />
      <input name="rateCents" type="number" />
      <input name="weightLbs" type="number" />
      <label>
        <input name="hazmat" type="checkbox" /> Hazmat
      </label>
      <button disabled={pending}>Create load</button>
      {state.error ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}
