"use client";

import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "@/app/(auth)/sign-in/actions";

export function SignInForm() {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, undefined);
  return (
    <form action={formAction} className="space-y-3">
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {state?.error && <p className="text-red-600">{state.error}</p>}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
