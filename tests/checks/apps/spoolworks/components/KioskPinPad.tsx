"use client";

import { useState } from "react";

// Client-side only: confirms the operator typed the same PIN twice before posting it.
export function KioskPinPad({ operatorId, shopId }: { operatorId: string; shopId: string }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    // ok: timing-unsafe-comparison
    if (pin !== confirmPin) return setError("PINs do not match");
    const res = await fetch("/api/kiosk/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ operatorId, shopId, pin }) });
    if (!res.ok) setError("Invalid PIN");
  }

  return (
    <div className="grid grid-cols-3 gap-2">
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} inputMode="numeric" />
      <button onClick={submit}>Unlock</button>
      {error && <p>{error}</p>}
    </div>
  );
}
