"use client";

import { useState } from "react";

// Client-only convenience check before hitting the API (the server re-checks with secureCompare).
export function ShareLinkGate({ hint, onUnlock }: { hint: string; onUnlock: (pw: string) => void }) {
  const [password, setPassword] = useState("");
  const [confirmPassword, setConfirm] = useState("");
  // ok: timing-unsafe-comparison
  const mismatch = password !== confirmPassword;
  return (
    <div>
      <p>{hint}</p>
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <input type="password" value={confirmPassword} onChange={(e) => setConfirm(e.target.value)} />
      <button disabled={mismatch} onClick={() => onUnlock(password)}>Open report</button>
    </div>
  );
}
