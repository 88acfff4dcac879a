"use client";

import { useActionState } from "react";
import { verifyTwoFactorSetup } from "@/app/(staff)/settings/account/actions";

export function TwoFactorForm() {
  const [state, action] = useActionState(verifyTwoFactorSetup, null);
  return (
    <form action={action}>
      <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      <button>Verify</button>
      {state?.ok && <p>Two-factor authentication is on.</p>}
    </form>
  );
}
