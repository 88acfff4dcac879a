"use client";

import { useActionState } from "react";
import { login } from "@/app/(auth)/actions";

export default function LoginPage() {
  const [state, action, pending] = useActionState(login, null);
  return (
    <form action={action}>
      <input name="email" type="email" autoComplete="email" />
      <input name="password" type="password" autoComplete="current-password" />
      <button disabled={pending}>Sign in</button>
      {state?.error && <p role="alert">{state.error}</p>}
    </form>
  );
}
