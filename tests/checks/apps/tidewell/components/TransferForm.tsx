"use client";

import { useState } from "react";

type Props = { decline: (fd: FormData) => Promise<void>; reprice: (fd: FormData) => Promise<void> };

export function TransferForm({ decline, reprice }: Props) {
  const [token, setToken] = useState("");
  const [confirmToken, setConfirmToken] = useState("");
  // Client-side only; never analysed as server code.
  // ok: timing-unsafe-comparison
  const matches = token === confirmToken;
  return (
    <div>
      <form action={decline}><input name="transferId" /><button>Decline</button></form>
      <form action={reprice}><input name="transferId" /><input name="priceCents" /><button>Reprice</button></form>
      <input value={token} onChange={(e) => setToken(e.target.value)} />
      <input value={confirmToken} onChange={(e) => setConfirmToken(e.target.value)} />
      {matches ? <span>Tokens match</span> : null}
    </div>
  );
}
