"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/login/actions";

export function LoginForm() {
  const [state, action, pending] = useActionState(signInAction, undefined);
  return (
    <form action={action}>
      <input name="email" type="email" required />
      <input name="password" type="password" required minLength={8} />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
