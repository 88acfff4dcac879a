"use client";

import { useActionState } from "react";
import { sendContactMessage } from "@/app/actions/contact";

export function ContactForm() {
  const [state, action, pending] = useActionState(sendContactMessage, undefined);
  if (state?.ok) return <p>Thanks — the harbour office will reply soon.</p>;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input name="email" type="email" required />
      <textarea name="message" rows={6} required />
      {state?.error ? <p role="alert">{state.error}</p> : null}
      <button className="btn" disabled={pending}>Send</button>
    </form>
  );
}
