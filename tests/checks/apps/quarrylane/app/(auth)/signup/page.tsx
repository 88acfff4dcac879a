"use client";

import { useActionState } from "react";
import { signup } from "@/app/(auth)/actions";

export default function SignupPage() {
  const [state, action, pending] = useActionState(signup, null);
  return (
    <form action={action}>
      <input name="name" />
      <input name="companyName" />
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button disabled={pending}>Create account</button>
      {state && "error" in state && <p role="alert">{state.error}</p>}
    </form>
  );
}
