"use client";

import { useActionState, useState } from "react";
import { register } from "../actions";

// Client component: never analysed as server code.
export function RegisterForm() {
  const [state, formAction, pending] = useActionState(register, undefined);
  const [password, setPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  // ok: timing-unsafe-comparison
  const mismatch = confirmPassword.length > 0 && password !== confirmPassword;

  return (
    <form action={formAction} className="space-y-4">
      <input name="name" placeholder="Name" required />
      <input name="email" type="email" placeholder="Email" required />
      <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      <input type="password" value={confirmPassword} onChange={(e) => setConfirmPassword(e.target.value)} required />
      {mismatch && <p role="alert">Passwords do not match.</p>}
      {state?.error && <p role="alert">{state.error}</p>}
      <button type="submit" disabled={pending || mismatch}>
        Create account
      </button>
    </form>
  );
}
