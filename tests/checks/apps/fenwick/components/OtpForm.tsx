"use client";

import { useActionState, useState } from "react";
import { verifyOtp } from "@/app/actions/auth";

export function OtpForm({ phone }: { phone: string }) {
  const [lastResult, action, pending] = useActionState(verifyOtp, undefined);
  const [code, setCode] = useState("");
  const [confirmCode, setConfirmCode] = useState("");
  // Only on the shared-device flow, where we ask for the code twice.
  // ok: timing-unsafe-comparison
  const mismatch = confirmCode.length > 0 && code !== confirmCode;
  return (
    <form action={action}>
      <input type="hidden" name="phone" value={phone} />
      <input name="code" inputMode="numeric" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
      <input inputMode="numeric" maxLength={6} value={confirmCode} onChange={(e) => setConfirmCode(e.target.value)} />
      {mismatch && <p className="error">Codes don&apos;t match</p>}
      <p className="error">{lastResult?.error?.[""]}</p>
      <button disabled={pending || mismatch}>Sign in</button>
    </form>
  );
}
