"use client";

import { useActionState } from "react";
import { signInStaff } from "@/app/actions/auth";

export function StaffSignInForm() {
  const [state, action] = useActionState(signInStaff, undefined);
  return (
    <form action={action}>
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button>Sign in</button>
      {state?.error ? <p>{String(state.error)}</p> : null}
    </form>
  );
}
