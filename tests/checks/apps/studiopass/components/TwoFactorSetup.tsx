"use client";

import { useActionState, useState } from "react";
import { enableTwoFactor } from "@/app/settings/actions";

export function TwoFactorSetup() {
  const [otp, setOtp] = useState("");
  const [confirmOtp, setConfirmOtp] = useState("");
  const [state, formAction] = useActionState(enableTwoFactor, undefined);
  // Client-side only: both boxes must match before we submit.
  // ok: timing-unsafe-comparison
  const mismatch = otp !== confirmOtp;
  return (
    <form action={formAction}>
      <input name="otp" value={otp} onChange={(e) => setOtp(e.target.value)} inputMode="numeric" />
      <input value={confirmOtp} onChange={(e) => setConfirmOtp(e.target.value)} inputMode="numeric" />
      {state && "error" in state && state.error ? <p role="alert">{state.error}</p> : null}
      <button type="submit" disabled={mismatch}>
        Enable 2FA
      </button>
    </form>
  );
}
