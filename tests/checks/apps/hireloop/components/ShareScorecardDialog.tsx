"use client";

import { useState } from "react";

/** Share links for debrief packets are PIN-protected; the PIN check here only gates the UI. */
export function ShareScorecardDialog({ sharePin, children }: { sharePin: string; children: React.ReactNode }) {
  const [pin, setPin] = useState("");
  const [open, setOpen] = useState(false);
  return open ? (
    <>{children}</>
  ) : (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // client component: never analysed as server code
        // ok: timing-unsafe-comparison
        if (pin === sharePin) setOpen(true);
      }}
    >
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <button>Unlock</button>
    </form>
  );
}
