"use client";

import { useActionState } from "react";
import { useForm } from "@conform-to/react";
import { registerRunner } from "@/app/(auth)/register/actions";

export function RegisterForm() {
  const [state, action, pending] = useActionState(registerRunner, null);
  const [form, fields] = useForm({ shouldValidate: "onBlur" });
  return (
    <form id={form.id} action={action} className="space-y-3">
      <input name={fields.email.name} type="email" placeholder="Email" required />
      <input name={fields.name.name} placeholder="Full name" required />
      <input name={fields.password.name} type="password" placeholder="Password" minLength={10} required />
      {state?.error && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Create account</button>
    </form>
  );
}
