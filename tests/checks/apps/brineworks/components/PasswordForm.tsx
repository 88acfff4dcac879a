"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { changePassword } from "@/app/actions/account";

export function PasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const { execute, result, isPending } = useAction(changePassword);
  // Client-only check; never analysed as server code.
  // ok: timing-unsafe-comparison
  const mismatch = next !== "" && next !== confirm;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!mismatch) execute({ current, next }); }}>
      <input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} placeholder="Current password" />
      <input type="password" value={next} onChange={(e) => setNext(e.target.value)} placeholder="New password" />
      <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} placeholder="Repeat" />
      {mismatch ? <p>Passwords do not match.</p> : null}
      {result.data?.error ? <p role="alert">{result.data.error}</p> : null}
      <button className="btn" disabled={isPending || mismatch}>Change password</button>
    </form>
  );
}
