"use client";

import { useState } from "react";
import { ringUpSale } from "@/app/pos/actions";

// Client code: the PIN compare below is a UI hint only; never analysed as server code.
export function PosTerminal({ pinHint }: { pinHint: string }) {
  const [lines, setLines] = useState<{ wineId: string; qty: number }[]>([]);
  const [pin, setPin] = useState("");
  // ok: timing-unsafe-comparison
  const unlocked = pin.length === 4 && pin === pinHint;
  return (
    <div>
      <input value={pin} onChange={(e) => setPin(e.target.value)} />
      {unlocked && <button onClick={() => ringUpSale({ lines }).then(() => setLines([]))}>Charge</button>}
    </div>
  );
}
