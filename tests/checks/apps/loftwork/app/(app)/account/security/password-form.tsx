"use client";

import { useActionState } from "react";
import { changePassword } from "@/app/actions/account";

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePassword, undefined);
  return (
    <form action={action} className="space-y-2">
      <input name="currentPassword" type="password" placeholder="Current password" className="input" />
      <input name="newPassword" type="password" placeholder="New password" className="input" />
      {state && "error" in state && <p className="text-sm text-red-600">{state.error}</p>}
      {state && "ok" in state && <p className="text-sm text-green-700">Password changed.</p>}
      <button disabled={pending} className="btn-primary">Change password</button>
    </form>
  );
}
