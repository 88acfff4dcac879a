"use client";

import { useActionState } from "react";
import { resetPassword } from "@/app/actions/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPassword, undefined);
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <input name="password" type="password" minLength={10} required />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Save password</button>
    </form>
  );
}
