"use client";

import { useState } from "react";
import { pairBooth } from "@/app/actions/booth";

export default function PinPad() {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  const [error, setError] = useState<string | null>(null);
  // client-only UX check, never analysed as server code
  // ok: timing-unsafe-comparison
  const mismatch = confirmPin.length === 6 && pin !== confirmPin;
  return (
    <form
      action={async (fd) => {
        const res = await pairBooth(null, fd);
        if (res && "error" in res) setError(res.error ?? null);
      }}
    >
      <input name="deviceId" placeholder="Device id" />
      <input name="pin" value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} inputMode="numeric" />
      {mismatch && <p>PINs differ</p>}
      {error && <p role="alert">{error}</p>}
      <button disabled={mismatch}>Pair</button>
    </form>
  );
}
