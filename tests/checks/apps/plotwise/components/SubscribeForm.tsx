"use client";

import { useActionState } from "react";
import { subscribeFromFooter } from "@/app/actions/newsletter";

export function SubscribeForm() {
  const [state, action] = useActionState(subscribeFromFooter, undefined);
  return (
    <form action={action}>
      <input name="email" type="email" placeholder="you@example.com" />
      <button>Subscribe</button>
      {state && <span>{"error" in state ? state.error : state.message}</span>}
    </form>
  );
}
