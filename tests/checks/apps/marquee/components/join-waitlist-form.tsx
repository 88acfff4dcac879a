"use client";

import { useState, useTransition } from "react";
import { joinWaitlist } from "@/app/(fan)/waitlist/actions";

export function JoinWaitlistForm({ eventId, defaultEmail }: { eventId: string; defaultEmail?: string }) {
  const [email, setEmail] = useState(defaultEmail ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  async function submit() {
    const res = await joinWaitlist({ eventId, email });
    setMessage("error" in res && res.error ? String(res.error) : `You're #${(res as { position: number }).position} on the list`);
  }

  return (
    <div>
      <input value={email} onChange={(e) => setEmail(e.target.value)} placeholder="you@example.com" />
      <button disabled={pending} onClick={() => startTransition(submit)}>
        Join waitlist
      </button>
      {message && <p>{message}</p>}
    </div>
  );
}
