"use client";

import { useActionState } from "react";
import { requestPasswordReset } from "@/app/actions/auth";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordReset, undefined);
  return (
    <form action={action}>
      <input name="email" type="email" required />
      <p>{state?.error ?? state?.message}</p>
      <button disabled={pending}>Send reset link</button>
    </form>
  );
}
