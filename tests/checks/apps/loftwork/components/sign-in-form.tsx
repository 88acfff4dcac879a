"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/actions/auth";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, undefined);
  return (
    <form action={action} className="space-y-4">
      <input name="email" type="email" required placeholder="you@company.com" className="input" />
      <input name="password" type="password" required placeholder="Password" className="input" />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn-primary w-full">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
