"use client";

import { useTransition, useState } from "react";
import { subscribeNewsletter } from "@/app/actions/tours";

export function NewsletterForm() {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <form
      action={(fd) =>
        start(async () => {
          const r = await subscribeNewsletter(fd);
          setMsg(r.error ?? "You're subscribed!");
        })
      }
      className="flex gap-2"
    >
      <input name="email" type="email" placeholder="Email" className="input" />
      <button disabled={pending} className="btn-secondary">Subscribe</button>
      {msg && <span className="text-sm">{msg}</span>}
    </form>
  );
}
