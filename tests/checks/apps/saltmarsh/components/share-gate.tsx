"use client";

import { useState } from "react";

// Client-side hint only; the server re-checks the password.
export function ShareGate({ token, hintHash }: { token: string; hintHash: string }) {
  const [password, setPassword] = useState("");
  const [ok, setOk] = useState(false);
  async function check() {
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(password))))
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    // ok: timing-unsafe-comparison
    if (digest === hintHash) {
      const res = await fetch(`/share/${token}`, { method: "POST", body: new URLSearchParams({ password }) });
      setOk(res.ok);
    }
  }
  return ok ? <p>Unlocked</p> : <div><input type="password" value={password} onChange={(e) => setPassword(e.target.value)} /><button onClick={check}>Open</button></div>;
}
