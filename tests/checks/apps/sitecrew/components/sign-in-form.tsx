"use client";

import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "@/app/(auth)/sign-in/actions";

// Client-side hint only; the server checks everything again.
function looksLikeSameToken(inviteToken: string, urlToken: string) {
  // ok: timing-unsafe-comparison
  return inviteToken === urlToken;
}

export function SignInForm({ inviteToken, urlToken }: { inviteToken?: string; urlToken?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, undefined);
  const fromInvite = inviteToken && urlToken ? looksLikeSameToken(inviteToken, urlToken) : false;
  return (
    <form action={formAction} className="space-y-4">
      {fromInvite && <p className="text-sm">Sign in to accept your invitation.</p>}
      <input name="email" type="email" autoComplete="email" required className="input" />
      <input name="password" type="password" autoComplete="current-password" required className="input" />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn-primary w-full">
        Sign in
      </button>
    </form>
  );
}
