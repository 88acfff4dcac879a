"use client";

import { useActionState } from "react";
import { legacySignIn } from "@/app/(auth)/sign-in/actions";
import { authClient } from "@/lib/auth-client";

export function SignInForm() {
  const [state, action, pending] = useActionState(legacySignIn, undefined);
  return (
    <form action={action} className="space-y-3">
      <input name="email" type="email" autoComplete="email" required />
      <input name="password" type="password" autoComplete="current-password" required />
      {state?.error ? <p role="alert">{state.error}</p> : null}
      <button disabled={pending}>Sign in</button>
      <button type="button" onClick={() => authClient.signIn.social({ provider: "microsoft", callbackURL: "/w" })}>
        Continue with Microsoft
      </button>
    </form>
  );
}
