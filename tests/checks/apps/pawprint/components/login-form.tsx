"use client";

import { useActionState } from "react";
import { login, type AuthState } from "@/app/(auth)/actions";

export function LoginForm() {
  const [state, formAction, pending] = useActionState<AuthState, FormData>(login, {});
  return (
    <form action={formAction} className="space-y-3">
      <input name="email" type="email" required className="input" />
      <input name="password" type="password" required className="input" />
      {state.error ? <p role="alert" className="text-red-600">{state.error}</p> : null}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
