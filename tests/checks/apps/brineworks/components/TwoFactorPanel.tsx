"use client";

import { useState, useTransition } from "react";
import { confirmTwoFactorSetup, disableTwoFactor } from "@/app/actions/two-factor";

export function TwoFactorPanel() {
  const [code, setCode] = useState("");
  const [msg, setMsg] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      <input value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" maxLength={6} />
      <button disabled={pending} onClick={() => start(async () => setMsg((await confirmTwoFactorSetup({ code })).ok ? "2FA enabled" : "Wrong code"))}>Enable 2FA</button>
      <button disabled={pending} onClick={() => start(async () => { await disableTwoFactor(); setMsg("2FA disabled"); })}>Disable</button>
      {msg ? <p>{msg}</p> : null}
    </div>
  );
}
