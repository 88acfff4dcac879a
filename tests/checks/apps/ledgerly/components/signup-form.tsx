"use client";

import { useActionState, useState } from "react";
import { signup, type FormState } from "@/app/actions/auth";

export function SignupForm({ plan }: { plan: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signup, undefined);
  const [password, setPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  // Client-side hint only; the server action validates again.
  // ok: timing-unsafe-comparison
  const mismatch = confirmPassword.length > 0 && password !== confirmPassword;

  return (
    <form action={action} className="space-y-4">
      <input name="name" placeholder="Your name" required />
      <input name="company" placeholder="Company" required />
      <input name="email" type="email" required />
      <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      <input name="confirmPassword" type="password" value={confirmPassword} onChange={(e) => setConfirmPassword(e.target.value)} required />
      <input type="hidden" name="plan" value={plan} />
      {mismatch && <p className="text-sm text-amber-600">Passwords don&apos;t match yet.</p>}
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending || mismatch} className="btn w-full">
        Create account
      </button>
    </form>
  );
}
