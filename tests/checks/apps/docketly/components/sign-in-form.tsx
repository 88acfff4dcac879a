"use client";

import { useActionState } from "react";
import { signInWithPassword } from "@/app/(auth)/sign-in/actions";

export function SignInForm() {
  const [state, formAction, pending] = useActionState(signInWithPassword, undefined);
  return (
    <form action={formAction}>
      <input name="email" type="email" autoComplete="email" required />
      <input name="password" type="password" autoComplete="current-password" required />
      <button disabled={pending}>Sign in</button>
      {state?.error ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}
