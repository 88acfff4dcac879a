"use client";

import { useActionState } from "react";
import { signUp, type FormState } from "@/app/actions/auth";

export default function SignupForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signUp, {});
  return (
    <form action={action} className="space-y-2">
      <input name="name" placeholder="Name" required />
      <input name="email" type="email" placeholder="Email" required />
      <input name="password" type="password" minLength={10} required />
      {state.error && <p className="text-red-600">{state.error}</p>}
      {state.message && <p className="text-green-700">{state.message}</p>}
      <button disabled={pending}>Create account</button>
    </form>
  );
}
