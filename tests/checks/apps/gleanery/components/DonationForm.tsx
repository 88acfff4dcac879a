"use client";

import { useActionState } from "react";
import { startDonation } from "@/app/(public)/donate/actions";

export function DonationForm() {
  const [state, formAction, pending] = useActionState(startDonation, null);
  return (
    <form action={formAction}>
      <input name="email" type="email" required />
      <input name="name" />
      <input name="amountCents" type="number" min={100} />
      <button disabled={pending}>Donate</button>
      {state?.error && <p role="alert">{state.error}</p>}
    </form>
  );
}
