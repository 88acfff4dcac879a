"use client";

import { useState } from "react";

// Offline fallback on the garage kiosk: the attendant PIN is checked locally when the edge box is offline.
export function KioskPinPad({ expectedPin, onUnlock }: { expectedPin: string; onUnlock: () => void }) {
  const [pin, setPin] = useState("");
  return (
    <div className="grid grid-cols-3 gap-2">
      {["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"].map((d) => (
        <button key={d} onClick={() => setPin((p) => (p + d).slice(-6))}>
          {d}
        </button>
      ))}
      <button
        onClick={() => {
          // ok: timing-unsafe-comparison
          if (pin === expectedPin) onUnlock();
          setPin("");
        }}
      >
        OK
      </button>
    </div>
  );
}
