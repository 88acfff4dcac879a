"use client";

import { useState } from "react";

export function ShareUnlock({ documentId }: { documentId: string }) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function unlock() {
    // ok: timing-unsafe-comparison
    if (password.trim() === "") return setError("Enter the password from the email.");
    const res = await fetch(`/api/documents/shared/${documentId}`, { method: "POST", body: JSON.stringify({ password }) });
    const json = await res.json();
    if (!res.ok) return setError(json.error);
    window.location.href = json.url;
  }

  return (
    <div className="space-y-2">
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button onClick={unlock}>Open document</button>
      {error && <p className="text-rose-600">{error}</p>}
    </div>
  );
}
