"use client";

import { useActionState } from "react";
import { signInWithPassword } from "@/app/actions";

export function LoginForm() {
  const [state, action, pending] = useActionState(signInWithPassword, undefined);
  return (
    <form action={action}>
      <input name="email" type="email" autoComplete="email" />
      <input name="password" type="password" autoComplete="current-password" />
      <button disabled={pending}>Sign in</button>
      {state?.error && <p role="alert">{state.error}</p>}
    </form>
  );
}
