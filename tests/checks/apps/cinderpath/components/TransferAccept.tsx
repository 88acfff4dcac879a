"use client";

import { useState } from "react";
import { acceptTransfer } from "@/app/actions/transfers";

export function TransferAccept({ transferId, token, confirmToken }: { transferId: string; token: string; confirmToken: string }) {
  const [msg, setMsg] = useState<string | null>(null);
  // Client-side only sanity check before posting; the server re-checks.
  // ok: timing-unsafe-comparison
  const looksValid = token === confirmToken;
  return (
    <form
      action={async (fd) => {
        fd.set("transferId", transferId);
        fd.set("token", token);
        const res = await acceptTransfer(fd);
        setMsg("error" in res ? res.error ?? null : "Entry transferred to you!");
      }}
    >
      <button disabled={!looksValid}>Accept transfer</button>
      {msg && <p>{msg}</p>}
    </form>
  );
}
