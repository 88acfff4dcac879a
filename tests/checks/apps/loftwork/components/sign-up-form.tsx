"use client";

import { useActionState } from "react";
import { signUpAction } from "@/app/actions/auth";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, undefined);
  return (
    <form action={action} className="space-y-4">
      <input name="name" required placeholder="Full name" className="input" />
      <input name="email" type="email" required placeholder="you@company.com" className="input" />
      <input name="password" type="password" minLength={10} required placeholder="Password (10+ chars)" className="input" />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn-primary w-full">Create account</button>
    </form>
  );
}
