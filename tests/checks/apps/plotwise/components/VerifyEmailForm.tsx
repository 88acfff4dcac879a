"use client";

import { useActionState } from "react";
import { verifyEmailCode } from "@/app/actions/auth";

export function VerifyEmailForm() {
  const [state, action, pending] = useActionState(verifyEmailCode, undefined);
  return (
    <form action={action}>
      <input name="code" inputMode="numeric" pattern="\d{8}" required />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Verify</button>
    </form>
  );
}
