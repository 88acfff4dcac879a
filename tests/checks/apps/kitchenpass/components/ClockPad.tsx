"use client";

import { useState } from "react";

export function ClockPad({ expectedPin, onUnlock }: { expectedPin: string; onUnlock: () => void }) {
  const [pin, setPin] = useState("");
  function press(d: string) {
    const next = (pin + d).slice(0, 4);
    setPin(next);
    // ok: timing-unsafe-comparison
    if (next.length === 4 && next === expectedPin) onUnlock();
  }
  return (
    <div className="grid grid-cols-3 gap-2">
      {["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"].map((d) => (
        <button key={d} onClick={() => press(d)}>{d}</button>
      ))}
    </div>
  );
}
