"use client";

import { useState } from "react";
import { sendContactMessage } from "@/app/(public)/contact/actions";

export function ContactForm() {
  const [sent, setSent] = useState(false);
  return sent ? (
    <p>Thanks — we'll get back to you within a working day.</p>
  ) : (
    <form action={async (fd) => { await sendContactMessage(fd); setSent(true); }}>
      <input name="name" required />
      <input name="email" type="email" required />
      <textarea name="message" required minLength={10} />
      <button>Send</button>
    </form>
  );
}
