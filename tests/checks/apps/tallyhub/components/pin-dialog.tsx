"use client";

import { useState } from "react";

export function PinDialog({ onConfirm }: { onConfirm: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // ok: timing-unsafe-comparison -- client component, both values typed by the user
  const matches = pin === confirmPin;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (matches) onConfirm(pin);
      }}
    >
      <input value={pin} onChange={(e) => setPin(e.target.value)} />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} />
      <button disabled={!matches}>Save PIN</button>
    </form>
  );
}
