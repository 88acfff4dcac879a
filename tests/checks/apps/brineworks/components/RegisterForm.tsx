"use client";

import { useActionState } from "react";
import { registerBuyer, registerSkipper } from "@/app/actions/auth";

export function RegisterForm({ kind }: { kind: "buyer" | "skipper" }) {
  const [state, action, pending] = useActionState(kind === "skipper" ? registerSkipper : registerBuyer, undefined);
  if (state?.ok) return <p>Account created. You can sign in now.</p>;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="password" type="password" minLength={10} required />
      {state?.error ? <p role="alert">{state.error}</p> : null}
      <button className="btn" disabled={pending}>Register</button>
    </form>
  );
}
