"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { checkInTicket, unlockScanner } from "@/app/checkin/actions";

type ScanResult = Awaited<ReturnType<typeof checkInTicket>> | undefined;

export function ScanPad({ eventId, cachedPin }: { eventId: string; cachedPin?: string }) {
  const [result, action, pending] = useActionState<ScanResult, FormData>(checkInTicket, undefined);
  const [locked, setLocked] = useState(false);
  const [pinInput, setPinInput] = useState("");
  const lastActivity = useRef(Date.now());

  useEffect(() => {
    const t = setInterval(() => {
      if (Date.now() - lastActivity.current > 120_000) setLocked(true);
    }, 5_000);
    return () => clearInterval(t);
  }, []);

  async function tryUnlock() {
    // Offline fallback: compare with the PIN cached at sync time.
    // ok: timing-unsafe-comparison
    if (cachedPin && pinInput === cachedPin) {
      setLocked(false);
      return;
    }
    const { unlocked } = await unlockScanner(eventId, pinInput);
    setLocked(!unlocked);
    lastActivity.current = Date.now();
  }

  if (locked) {
    return (
      <div className="space-y-2">
        <input value={pinInput} onChange={(e) => setPinInput(e.target.value)} inputMode="numeric" className="input" />
        <button onClick={tryUnlock} className="btn">Unlock</button>
      </div>
    );
  }

  return (
    <form action={action} onSubmit={() => (lastActivity.current = Date.now())}>
      <input type="hidden" name="eventId" value={eventId} />
      <input name="qr" autoFocus className="input font-mono" placeholder="Scan a ticket" />
      <button disabled={pending} className="btn">Check in</button>
      {result ? <p data-status={result.status}>{result.status}</p> : null}
    </form>
  );
}
