"use client";

import { useActionState } from "react";
import { joinWaitlist } from "@/app/actions/waitlist";

export function WaitlistForm() {
  const [state, action, pending] = useActionState(joinWaitlist, undefined);
  return (
    <form action={action}>
      <input name="marinaSlug" placeholder="marina" />
      <input name="email" type="email" />
      <input name="boatLengthM" type="number" step="0.1" />
      <button disabled={pending}>Join</button>
      {state?.status === "error" ? <p>Please check the form</p> : null}
    </form>
  );
}
