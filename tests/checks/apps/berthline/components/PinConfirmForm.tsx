"use client";

import { useState } from "react";
import { confirmPumpTicket } from "@/app/(auth)/verify/actions";

export function PinConfirmForm({ ticketRef }: { ticketRef: string }) {
  const [pin, setPin] = useState("");
  const [pinAgain, setPinAgain] = useState("");
  const [msg, setMsg] = useState<string | null>(null);

  async function submit() {
    // ok: timing-unsafe-comparison
    if (pin !== pinAgain) return setMsg("PINs differ");
    const res = await confirmPumpTicket(ticketRef, pin);
    setMsg("error" in res ? res.error ?? null : "Confirmed");
  }

  return (
    <div>
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <input value={pinAgain} onChange={(e) => setPinAgain(e.target.value)} inputMode="numeric" />
      <button onClick={submit}>Confirm</button>
      {msg && <p>{msg}</p>}
    </div>
  );
}
