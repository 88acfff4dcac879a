"use client";

import { useState } from "react";

export function RsvpForm({ action }: { action: (fd: FormData) => Promise<void> }) {
  const [email, setEmail] = useState("");
  const [confirmEmail, setConfirmEmail] = useState("");
  // Client-side only: never analysed as server code.
  // ok: timing-unsafe-comparison
  const mismatch = confirmEmail !== "" && email !== confirmEmail;
  return (
    <form action={action}>
      <input name="name" required />
      <input name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="email" value={confirmEmail} onChange={(e) => setConfirmEmail(e.target.value)} />
      {mismatch && <p>Emails don't match</p>}
      <button disabled={mismatch}>RSVP</button>
    </form>
  );
}
