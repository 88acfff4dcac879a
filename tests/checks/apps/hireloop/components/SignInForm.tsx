"use client";

import { useActionState } from "react";
import { signInWithPassword } from "@/app/(auth)/sign-in/actions";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInWithPassword, undefined);
  return (
    <form action={action}>
      <input name="email" type="email" autoComplete="email" />
      <input name="password" type="password" autoComplete="current-password" />
      {state?.error ? <p role="alert">{state.error}</p> : null}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
