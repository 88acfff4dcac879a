"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, null);
  return (
    <form action={action}>
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      <button disabled={pending}>Sign in</button>
      {state && "error" in state ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}
