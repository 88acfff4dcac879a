"use client";

import { useState } from "react";

// Client-side confirmation before the PIN is sent; never analysed as server code.
export function PinSetup({ onSave }: { onSave: (pin: string) => Promise<void> }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // ok: timing-unsafe-comparison
  const matches = pin.length === 6 && pin === confirmPin;
  return (
    <div>
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" maxLength={6} />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} inputMode="numeric" maxLength={6} />
      <button disabled={!matches} onClick={() => onSave(pin)}>
        Save PIN
      </button>
    </div>
  );
}
