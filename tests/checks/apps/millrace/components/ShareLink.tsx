"use client";

import { useState } from "react";

export function ShareLink({ token }: { token: string }) {
  const [entered, setEntered] = useState("");
  // ok: timing-unsafe-comparison
  const matches = entered === token;
  return (
    <div>
      <input value={entered} onChange={(e) => setEntered(e.target.value)} />
      {matches ? "✓" : ""}
    </div>
  );
}
