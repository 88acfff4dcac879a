"use client";

import { useActionState } from "react";
import { login } from "@/app/(auth)/login/actions";

export function LoginForm() {
  const [state, formAction, pending] = useActionState(login, undefined);
  return (
    <form action={formAction}>
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
