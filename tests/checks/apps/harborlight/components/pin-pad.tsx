"use client";

import { useState } from "react";
import { verifyDockPin } from "@/app/actions/auth";

// Client component: never analysed as server code.
export function PinPad({ ownerId }: { ownerId: string }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // ok: timing-unsafe-comparison
  const matches = pin === confirmPin;
  return (
    <form
      action={async (fd) => {
        fd.set("ownerId", ownerId);
        await verifyDockPin(fd);
      }}
    >
      <input name="pin" value={pin} onChange={(e) => setPin(e.target.value)} />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} />
      <button disabled={!matches}>Unlock</button>
    </form>
  );
}
