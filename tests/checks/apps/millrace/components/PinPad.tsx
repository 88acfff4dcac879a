"use client";

import { useState } from "react";

export function PinPad({ action, expectedPin }: { action: (fd: FormData) => Promise<void>; expectedPin?: string }) {
  const [pin, setPin] = useState("");
  // ok: timing-unsafe-comparison
  const looksRight = expectedPin !== undefined && pin === expectedPin;
  return (
    <form action={action}>
      <input name="memberId" placeholder="Card" />
      <input name="pin" value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" maxLength={6} />
      <button data-ok={looksRight}>Check in</button>
    </form>
  );
}
