"use client";

import { useActionState } from "react";
import { signInAction, type FormState } from "@/app/(auth)/actions";

export function SignInForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(signInAction, undefined);
  return (
    <form action={formAction} className="space-y-3">
      <input name="email" type="email" autoComplete="email" required />
      <input name="password" type="password" autoComplete="current-password" required />
      {state?.error ? <p role="alert">{state.error}</p> : null}
      <button type="submit" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
