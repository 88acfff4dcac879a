"use client";

import { useActionState } from "react";
import { submitContact } from "@/app/actions/contact";

export function ContactForm() {
  const [result, action, pending] = useActionState(submitContact, undefined);
  return (
    <form action={action} className="space-y-2">
      <h2>Talk to us</h2>
      <input name="name" placeholder="Name" required />
      <input name="email" type="email" placeholder="Email" required />
      <input name="building" placeholder="Building (optional)" />
      <textarea name="message" required />
      {result?.status === "success" && <p>Thanks, we&apos;ll reply soon.</p>}
      <button disabled={pending}>Send</button>
    </form>
  );
}
