"use client";

import { useActionState } from "react";
import { changePassword } from "@/app/actions/profile";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePassword, undefined);
  return (
    <form action={action}>
      <input name="currentPassword" type="password" autoComplete="current-password" />
      <input name="newPassword" type="password" autoComplete="new-password" minLength={10} />
      {state && !state.ok && "error" in state && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Change password</button>
    </form>
  );
}
