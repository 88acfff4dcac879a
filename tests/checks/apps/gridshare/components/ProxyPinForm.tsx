"use client";

import { useState } from "react";

// Client-side hint only; the server re-checks the PIN with a constant-time compare.
export function ProxyPinForm({ pinLength, onSubmit }: { pinLength: number; onSubmit: (pin: string) => Promise<void> }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // ok: timing-unsafe-comparison
  const matches = pin === confirmPin;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (matches && pin.length === pinLength) await onSubmit(pin);
      }}
    >
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} inputMode="numeric" />
      <button disabled={!matches}>Check in</button>
    </form>
  );
}
