"use client";

import { useState } from "react";

export function PinPad({ onConfirm }: { onConfirm: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit() {
    // ok: timing-unsafe-comparison
    if (pin !== confirmPin) {
      setError("PINs do not match");
      return;
    }
    onConfirm(pin);
  }

  return (
    <div>
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" maxLength={6} />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} inputMode="numeric" maxLength={6} />
      {error && <p role="alert">{error}</p>}
      <button onClick={submit}>Save PIN</button>
    </div>
  );
}
