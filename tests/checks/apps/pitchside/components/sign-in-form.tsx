"use client";

import { useActionState } from "react";
import { signIn } from "@/app/actions/auth";

export function SignInForm() {
  const [state, action, pending] = useActionState(signIn, {});
  return (
    <form action={action} className="space-y-3">
      <input name="email" type="email" className="input" />
      <input name="password" type="password" className="input" />
      {state.error && <p className="text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn w-full">
        Sign in
      </button>
    </form>
  );
}
