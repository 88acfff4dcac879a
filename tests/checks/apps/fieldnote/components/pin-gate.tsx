"use client";

import { useState } from "react";

export function PinGate({ action }: { action: (formData: FormData) => Promise<void> }) {
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  const [mode] = useState<"enter" | "set">("enter");

  // ok: timing-unsafe-comparison
  const mismatch = mode === "set" && pin !== confirmPin;

  return (
    <form action={action} className="mx-auto max-w-xs space-y-3 p-6">
      <label className="block text-sm">Enter the PIN your technician gave you</label>
      <input name="pin" inputMode="numeric" maxLength={4} value={pin} onChange={(e) => setPin(e.target.value)} />
      {mode === "set" && <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} />}
      {mismatch && <p className="text-red-600">PINs don't match</p>}
      <button type="submit">Unlock</button>
    </form>
  );
}
