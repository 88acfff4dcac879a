"use client";

import { useActionState } from "react";
import { subscribe } from "@/app/newsletter/actions";

export function NewsletterForm() {
  const [state, action, pending] = useActionState(subscribe, null);
  return (
    <form action={action}>
      <input type="email" name="email" required placeholder="you@example.com" />
      <button disabled={pending}>Subscribe</button>
      {state && "error" in state && <p role="alert">{state.error}</p>}
      {state && "message" in state && <p>{state.message}</p>}
    </form>
  );
}
