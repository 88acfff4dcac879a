"use client";

import { useState } from "react";

// Client-side hint only; the server checks the passcode again.
export function PinPrompt({ expectedLength, onSubmit }: { expectedLength: number; onSubmit: (pin: string) => void }) {
  const [pin, setPin] = useState("");
  const confirmPin = pin;
  return (
    // ok: timing-unsafe-comparison
    <form onSubmit={(e) => { e.preventDefault(); if (pin === confirmPin && pin.length === expectedLength) onSubmit(pin); }}>
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <button>Open</button>
    </form>
  );
}
