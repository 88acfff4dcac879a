"use client";

import { useActionState } from "react";

export function LoginForm({ action }: { action: (prev: unknown, fd: FormData) => Promise<{ error?: string } | undefined> }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction}>
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
