"use client";

import { useActionState, useState } from "react";
import { registerMember } from "@/app/(auth)/register/actions";

export function SignupForm() {
  const [state, action, pending] = useActionState(registerMember, null);
  const [password, setPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  // ok: timing-unsafe-comparison
  const mismatch = confirmPassword.length > 0 && password !== confirmPassword;
  return (
    <form action={action}>
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <input type="password" value={confirmPassword} onChange={(e) => setConfirmPassword(e.target.value)} />
      {mismatch && <p>Passwords do not match.</p>}
      <button disabled={pending || mismatch}>Join the co-op</button>
      {state && "error" in state && <p role="alert">{state.error}</p>}
    </form>
  );
}
