"use client";

import { useActionState } from "react";
import { signInAction, type AuthState } from "@/app/actions/auth";

export function SignInForm() {
  const [state, action, pending] = useActionState<AuthState, FormData>(signInAction, {});
  return (
    <form action={action}>
      <input type="email" name="email" autoComplete="email" />
      <input type="password" name="password" autoComplete="current-password" />
      <button disabled={pending}>Sign in</button>
      {state.error ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}
