"use client";

import { useState } from "react";

// Referee PIN setup on the web profile — client-side confirmation only.
export function PinPad({ onSubmit }: { onSubmit: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // ok: timing-unsafe-comparison
  const matches = pin.length === 4 && pin === confirmPin;
  return (
    <div>
      <input inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} />
      <input inputMode="numeric" value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} />
      <button disabled={!matches} onClick={() => onSubmit(pin)}>Save PIN</button>
    </div>
  );
}
