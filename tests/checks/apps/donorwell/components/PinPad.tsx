"use client";

import { useState } from "react";

// Client-side confirmation only; the server compares with safeEqual.
export function PinPad({ onSubmit }: { onSubmit: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // ok: timing-unsafe-comparison
  const mismatch = pin.length === 6 && confirmPin.length === 6 && pin !== confirmPin;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!mismatch) onSubmit(pin); }}>
      <input inputMode="numeric" maxLength={6} value={pin} onChange={(e) => setPin(e.target.value)} />
      <input inputMode="numeric" maxLength={6} value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} />
      {mismatch && <p>PINs do not match</p>}
      <button>Check in</button>
    </form>
  );
}
