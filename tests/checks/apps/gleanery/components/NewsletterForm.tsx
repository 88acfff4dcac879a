"use client";

import { useActionState } from "react";
import { subscribe } from "@/app/(public)/newsletter/actions";

export function NewsletterForm() {
  const [state, action] = useActionState(subscribe, null);
  return (
    <form action={action}>
      <input name="email" type="email" placeholder="you@example.org" />
      <input name="zip" placeholder="ZIP" />
      <button>Subscribe</button>
      {state && "message" in state && <p>{state.message}</p>}
      {state && "error" in state && <p role="alert">{state.error}</p>}
    </form>
  );
}
