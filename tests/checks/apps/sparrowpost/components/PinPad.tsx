"use client";

import { useState } from "react";
import { setKioskPin } from "@/app/actions/account";

export function PinPad() {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  const mismatch = pin.length > 0 && pin !== confirmPin;
  return (
    <form action={(fd) => setKioskPin(undefined, fd)}>
      <input name="pin" value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} inputMode="numeric" />
      {mismatch && <p>PINs do not match</p>}
      <button disabled={mismatch}>Save PIN</button>
    </form>
  );
}
