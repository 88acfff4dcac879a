"use client";

import { useState } from "react";
import { setWristbandPin } from "@/app/actions/wristbands";

export function PinPad({ wristbandId = "" }: { wristbandId?: string }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function save() {
    // ok: timing-unsafe-comparison
    if (pin !== confirmPin) return setError("PINs don't match");
    await setWristbandPin(wristbandId, pin);
  }

  return (
    <div>
      <input inputMode="numeric" maxLength={4} value={pin} onChange={(e) => setPin(e.target.value)} />
      <input inputMode="numeric" maxLength={4} value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} />
      {error && <p>{error}</p>}
      <button onClick={save}>Set PIN</button>
    </div>
  );
}
