"use client";

import { useActionState } from "react";
import { login } from "@/app/actions/auth";

export function LoginForm() {
  const [state, action, pending] = useActionState(login, undefined);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input name="email" type="email" required autoComplete="email" />
      <input name="password" type="password" required autoComplete="current-password" />
      {state?.error ? <p role="alert">{state.error}</p> : null}
      <button className="btn" disabled={pending}>Sign in</button>
    </form>
  );
}
