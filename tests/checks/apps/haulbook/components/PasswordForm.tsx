"use client";

import { useActionState } from "react";
import { changePasswordV2 } from "@/app/actions/account";

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordV2, { ok: false } as { ok: boolean; error?: string });
  return (
    <form action={action}>
      <input type="password" name="current" />
      <input type="password" name="next" />
      <button>Change password</button>
      {state.error ? <p>{state.error}</p> : null}
    </form>
  );
}
