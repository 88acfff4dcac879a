"use client";

import { useActionState } from "react";
import { requestPasswordReset } from "@/app/actions/auth";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordReset, undefined);
  if (state?.ok) return <p>Check your inbox for a reset link.</p>;
  return (
    <form action={action} className="space-y-4">
      <input name="email" type="email" required className="input" placeholder="you@company.com" />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn-primary">Send reset link</button>
    </form>
  );
}
