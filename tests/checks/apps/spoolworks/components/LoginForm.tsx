"use client";

import { useActionState } from "react";
import { login } from "@/app/(auth)/login/actions";

export function LoginForm() {
  const [state, action, pending] = useActionState(login, undefined);
  return (
    <form action={action} className="grid gap-3">
      <input name="email" type="email" required placeholder="you@example.com" />
      <input name="password" type="password" required />
      {state?.error && <p className="text-red-600">{state.error}</p>}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
