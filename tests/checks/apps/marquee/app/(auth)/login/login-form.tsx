"use client";

import { useActionState } from "react";
import { signInAction, requestMagicLink, type AuthState } from "../actions";

export function LoginForm() {
  const [state, formAction, pending] = useActionState<AuthState, FormData>(signInAction, undefined);
  const [magicState, magicAction] = useActionState<AuthState, FormData>(requestMagicLink, undefined);
  return (
    <>
      <form action={formAction}>
        <input name="email" type="email" required />
        <input name="password" type="password" required />
        <button disabled={pending}>Sign in</button>
        {state?.error && <p role="alert">{state.error}</p>}
      </form>
      <form action={magicAction}>
        <input name="email" type="email" required />
        <button>E-mail me a link</button>
        {magicState?.ok && <p>Check your inbox.</p>}
      </form>
    </>
  );
}
