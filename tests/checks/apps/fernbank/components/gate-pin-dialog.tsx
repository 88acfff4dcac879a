"use client";

import { useState } from "react";

/** Client-side only: checks that the two PIN fields match before submitting. */
export function GatePinDialog({ onSubmit }: { onSubmit: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // ok: timing-unsafe-comparison
  const matches = pin.length === 4 && pin === confirmPin;
  return (
    <div>
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" maxLength={4} />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} inputMode="numeric" maxLength={4} />
      <button disabled={!matches} onClick={() => onSubmit(pin)}>Set PIN</button>
    </div>
  );
}
