"use client";

import { useActionState } from "react";
import { requestPasswordReset, type FormState } from "@/app/actions/auth";

export default function ForgotForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(requestPasswordReset, {});
  return (
    <form action={action}>
      <input name="email" type="email" required />
      {state.error && <p className="text-red-600">{state.error}</p>}
      {state.ok && <p>Check your inbox.</p>}
      <button disabled={pending}>Send reset link</button>
    </form>
  );
}
