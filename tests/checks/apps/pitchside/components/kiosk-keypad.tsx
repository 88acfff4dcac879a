"use client";

import { useActionState, useState } from "react";
import { unlockKiosk } from "@/app/actions/kiosk";

export function KioskKeypad() {
  const [state, action, pending] = useActionState(unlockKiosk, {});
  const [pin, setPin] = useState("");
  const [confirmPin, setConfirmPin] = useState("");
  // client code is never analysed as server code
  // ok: timing-unsafe-comparison
  const matches = pin === confirmPin;
  return (
    <form action={action} className="grid w-80 gap-3">
      <input name="leagueSlug" placeholder="League" className="input" />
      <input name="refereeCode" placeholder="Referee code" className="input uppercase" />
      <input name="pin" value={pin} onChange={(e) => setPin(e.target.value)} type="password" inputMode="numeric" className="input" />
      <input value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} type="password" inputMode="numeric" className="input" />
      {!matches && <p className="text-amber-400">PINs differ</p>}
      {state.error && <p className="text-red-400">{state.error}</p>}
      <button disabled={pending || !matches} className="btn">
        Unlock
      </button>
    </form>
  );
}
