"use client";

import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="next" value={next ?? ""} />
      <input name="email" type="email" required autoComplete="email" />
      <input name="password" type="password" required autoComplete="current-password" />
      {state.error ? <p role="alert">{state.error}</p> : null}
      <button disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
    </form>
  );
}
