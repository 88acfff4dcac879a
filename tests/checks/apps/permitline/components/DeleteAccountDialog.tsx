"use client";

import { useState, useTransition } from "react";
import { deleteMyAccount } from "@/app/settings/privacy/actions";

export function DeleteAccountDialog({ confirmationToken }: { confirmationToken: string }) {
  const [typed, setTyped] = useState("");
  const [pending, startTransition] = useTransition();
  // Client-side convenience check only; never analysed as server code.
  // ok: timing-unsafe-comparison
  const matches = typed === confirmationToken;
  return (
    <div>
      <input value={typed} onChange={(e) => setTyped(e.target.value)} />
      <button
        disabled={!matches || pending}
        onClick={() =>
          startTransition(async () => {
            const fd = new FormData();
            fd.set("confirm", "DELETE");
            await deleteMyAccount(fd);
          })
        }
      >
        Delete my account
      </button>
    </div>
  );
}
