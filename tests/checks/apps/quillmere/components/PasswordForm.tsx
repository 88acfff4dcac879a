"use client";

import { useActionState } from "react";
import { changePassword } from "@/app/actions/account";

export function PasswordForm() {
  const [state, action] = useActionState(changePassword, {});
  return (
    <form action={action}>
      <input name="currentPassword" type="password" />
      <input name="newPassword" type="password" />
      {"error" in (state ?? {}) && <p>{(state as any).error}</p>}
      <button>Change password</button>
    </form>
  );
}
