"use client";

import { useActionState } from "react";

export function ShareListingForm({ action }: { action: (formData: FormData) => Promise<{ error?: string; success?: string }> }) {
  const [state, formAction] = useActionState(async (_: unknown, fd: FormData) => action(fd), null);
  return (
    <form action={formAction}>
      <input name="units" type="number" min={1} />
      <input name="priceCents" type="number" min={100} />
      <button>List for sale</button>
      {state?.error && <p>{state.error}</p>}
      {state?.success && <p>{state.success}</p>}
    </form>
  );
}
