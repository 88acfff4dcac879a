"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";

export function SignInForm() {
  const [state, formAction, pending] = useActionState(signInAction, undefined);
  return (
    <form action={formAction}>
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Sign in</button>
    </form>
  );
}
