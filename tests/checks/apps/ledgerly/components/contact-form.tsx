"use client";

import { useActionState } from "react";
import { submitContactForm } from "@/app/actions/public";

export function ContactForm() {
  const [state, action, pending] = useActionState(submitContactForm, undefined);
  if (state?.ok) return <p>Thanks! We&apos;ll reply within one business day.</p>;
  return (
    <form action={action} className="space-y-3">
      <input name="name" placeholder="Name" required />
      <input name="email" type="email" placeholder="Work email" required />
      <input name="company" placeholder="Company (optional)" />
      <textarea name="message" rows={5} required />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="btn">
        Send
      </button>
    </form>
  );
}
