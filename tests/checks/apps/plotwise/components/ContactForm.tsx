"use client";

import { useActionState } from "react";
import { sendContactMessage } from "@/app/actions/contact";

export function ContactForm() {
  const [state, action, pending] = useActionState(sendContactMessage, undefined);
  return (
    <form action={action}>
      <input name="name" required />
      <input name="email" type="email" required />
      <textarea name="message" minLength={10} required />
      <p>{state?.error ?? state?.message}</p>
      <button disabled={pending}>Send</button>
    </form>
  );
}
