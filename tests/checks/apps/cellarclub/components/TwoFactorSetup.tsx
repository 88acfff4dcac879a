"use client";

import { useState, useTransition } from "react";
import { beginTwoFactorSetup, confirmTwoFactor } from "@/app/settings/two-factor/actions";

export function TwoFactorSetup() {
  const [uri, setUri] = useState<string | null>(null);
  const [code, setCode] = useState("");
  const [pending, start] = useTransition();
  return (
    <div>
      {!uri ? (
        <button onClick={() => start(async () => setUri((await beginTwoFactorSetup()).otpauth))}>Set up 2FA</button>
      ) : (
        <>
          <code>{uri}</code>
          <input value={code} onChange={(e) => setCode(e.target.value)} />
          <button disabled={pending} onClick={() => start(async () => void (await confirmTwoFactor({ code })))}>Confirm</button>
        </>
      )}
    </div>
  );
}
