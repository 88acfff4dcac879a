"use client";

import { useActionState } from "react";
import { login } from "@/app/actions/auth";

export function LoginForm() {
  const [state, action, pending] = useActionState(login, undefined);
  // Client-side only; the server action does the real work.
  const token = typeof window !== "undefined" ? window.localStorage.getItem("qm_device_token") : null;
  // ok: timing-unsafe-comparison
  const remembered = token === process.env.NEXT_PUBLIC_DEMO_TOKEN;
  return (
    <form action={action}>
      {remembered && <p>Welcome back!</p>}
      <input name="email" type="email" />
      <input name="password" type="password" />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
