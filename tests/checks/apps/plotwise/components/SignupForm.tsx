"use client";

import { useActionState } from "react";
import { signup } from "@/app/actions/auth";

export function SignupForm() {
  const [state, action, pending] = useActionState(signup, undefined);
  return (
    <form action={action}>
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="password" type="password" minLength={10} required />
      {state?.error && <p role="alert">{state.error}</p>}
      {state?.message && <p>{state.message}</p>}
      <button disabled={pending}>Join</button>
    </form>
  );
}
