"use client";

import { useState } from "react";

export function SignSlipForm({ action, guardianId }: { action: (fd: FormData) => Promise<void>; guardianId: string }) {
  const [signedName, setSignedName] = useState("");
  const [confirmName, setConfirmName] = useState("");
  // client-side only; never analysed as server code
  const matches = signedName === confirmName;
  return (
    <form action={action} data-guardian={guardianId}>
      <input name="pupilId" />
      <select name="consent">
        <option value="yes">I give consent</option>
        <option value="no">I do not give consent</option>
      </select>
      <input name="signedName" value={signedName} onChange={(e) => setSignedName(e.target.value)} />
      <input value={confirmName} onChange={(e) => setConfirmName(e.target.value)} />
      <button disabled={!matches}>Sign</button>
    </form>
  );
}
