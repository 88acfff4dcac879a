"use client";

import { useState } from "react";
import { kioskPunchV2 } from "@/app/(app)/timeclock/kiosk/actions";

export function KioskPad({ employeeId }: { employeeId: string }) {
  const [pin, setPin] = useState("");
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <div>
      <input inputMode="numeric" maxLength={6} value={pin} onChange={(e) => setPin(e.target.value)} />
      <button onClick={async () => { const r = await kioskPunchV2({ employeeId, pin }); setMsg("error" in r ? r.error ?? null : "Punched in"); }}>Punch</button>
      {msg && <p>{msg}</p>}
    </div>
  );
}
