"use client";

import { useState } from "react";

// Preview gate for draft fundraising pages shared with a passcode.
// Client-only convenience: the server re-checks when the page data loads.
export function ShareLinkGate({ expectedPasscode, children }: { expectedPasscode: string; children: React.ReactNode }) {
  const [passcode, setPasscode] = useState("");
  // ok: timing-unsafe-comparison
  const unlocked = passcode === expectedPasscode;
  if (unlocked) return <>{children}</>;
  return <input value={passcode} onChange={(e) => setPasscode(e.target.value)} placeholder="Passcode" />;
}
