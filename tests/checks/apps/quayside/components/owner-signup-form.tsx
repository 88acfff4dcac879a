"use client";

import { useActionState, useState } from "react";
import { signUpOwner } from "@/app/portal/login/actions";

export function OwnerSignupForm({ orgSlug }: { orgSlug: string }) {
  const [state, action, pending] = useActionState(signUpOwner, undefined);
  const [password, setPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  // ok: timing-unsafe-comparison
  const mismatch = confirmPassword.length > 0 && password !== confirmPassword;

  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input name="name" placeholder="Your name" required />
      <input name="email" type="email" placeholder="Email" required />
      <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} minLength={10} required />
      <input type="password" value={confirmPassword} onChange={(e) => setConfirmPassword(e.target.value)} placeholder="Repeat password" />
      {mismatch && <p className="text-sm text-rose-600">Passwords do not match.</p>}
      {state?.error && <p className="text-sm text-rose-600">{state.error}</p>}
      {state?.message && <p className="text-sm text-emerald-700">{state.message}</p>}
      <button disabled={pending || mismatch}>Create account</button>
    </form>
  );
}
