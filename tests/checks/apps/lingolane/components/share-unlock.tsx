"use client";

import { useState } from "react";

export function ShareUnlock({ token, pinHint }: { token: string; pinHint?: string }) {
  const [pin, setPin] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    // ok: timing-unsafe-comparison
    if (pinHint && pin.slice(-2) !== pinHint) return setError("That PIN doesn't look right");
    const res = await fetch(`/api/share/${token}`, { method: "PUT", body: JSON.stringify({ pin }) });
    if (!res.ok) setError("Wrong PIN");
  }
  return (
    <div>
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" />
      <button onClick={submit}>Unlock</button>
      {error && <p>{error}</p>}
    </div>
  );
}
