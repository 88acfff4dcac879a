"use client";

import { useActionState } from "react";
import { submitIntake } from "@/app/intake/actions";

export function IntakeForm({ firmSlug }: { firmSlug: string }) {
  const [state, action, pending] = useActionState(submitIntake, undefined);
  if (state && "ok" in state) return <p>Thanks — the firm will contact you shortly.</p>;
  return (
    <form action={action}>
      <input type="hidden" name="firmSlug" value={firmSlug} />
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="phone" />
      <textarea name="summary" required />
      <button disabled={pending}>Send</button>
      {state && "error" in state ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}
