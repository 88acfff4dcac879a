"use client";

import { useActionState } from "react";
import { requestPasswordReset, resetPassword } from "@/app/actions/auth";

export function ResetForm({ token }: { token: string | null }) {
  const [state, action, pending] = useActionState(token ? resetPassword : requestPasswordReset, undefined);
  if (state?.ok) return <p>{token ? "Password updated." : "If that address has an account, a link is on its way."}</p>;
  return (
    <form action={action} className="flex flex-col gap-2">
      {token ? (
        <>
          <input type="hidden" name="token" value={token} />
          <input name="password" type="password" minLength={10} required />
        </>
      ) : (
        <input name="email" type="email" required />
      )}
      {state?.error ? <p role="alert">{state.error}</p> : null}
      <button className="btn" disabled={pending}>Continue</button>
    </form>
  );
}
