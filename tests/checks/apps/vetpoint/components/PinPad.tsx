"use client";

import { useState } from "react";

// Kiosk staff-unlock pad. Client-side only: the real check is server-side.
export function PinPad({ expectedPinHash, hashPin }: { expectedPinHash: string; hashPin: (p: string) => string }) {
  const [pin, setPin] = useState("");
  // ok: timing-unsafe-comparison
  const unlocked = hashPin(pin) === expectedPinHash;
  return (
    <div>
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      {unlocked ? <span>Unlocked</span> : null}
    </div>
  );
}
