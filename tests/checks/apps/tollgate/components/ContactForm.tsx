"use client";

import { useActionState } from "react";
import { submitContact } from "@/app/actions/contact";

export function ContactForm() {
  const [state, action, pending] = useActionState(submitContact, null);
  return (
    <form action={action}>
      <input name="name" required />
      <input name="email" type="email" required />
      <input name="company" />
      <textarea name="message" required />
      <button disabled={pending}>Send</button>
      {state && "error" in state && <p role="alert">{state.error}</p>}
    </form>
  );
}
