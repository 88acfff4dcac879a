"use client";

import { useState } from "react";

export function ContactForm() {
  const [sent, setSent] = useState(false);
  return sent ? (
    <p>Thanks, the station office will reply.</p>
  ) : (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const res = await fetch("/api/contact", { method: "POST", body: JSON.stringify(Object.fromEntries(fd)) });
        setSent(res.ok);
      }}
    >
      <input name="name" />
      <input name="email" type="email" />
      <textarea name="message" />
      <button>Send</button>
    </form>
  );
}
