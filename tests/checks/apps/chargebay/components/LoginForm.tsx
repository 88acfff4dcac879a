"use client";

import { useActionState } from "react";
import { login, type LoginState } from "@/app/(auth)/login/actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(login, undefined);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/dashboard"} />
      <input name="email" type="email" required placeholder="you@operator.com" />
      <input name="password" type="password" required minLength={8} />
      {state?.error ? <p className="text-sm text-red-600">{state.error}</p> : null}
      <button disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
    </form>
  );
}
