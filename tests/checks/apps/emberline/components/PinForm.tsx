"use client";

import { useState } from "react";
import { unlockCaseFile } from "@/app/actions/lab-portal";

export default function PinForm({ token }: { token: string }) {
  const [pin, setPin] = useState("");
  const [file, setFile] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastPin = typeof window !== "undefined" ? sessionStorage.getItem("lastPin") : null;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        // ok: timing-unsafe-comparison
        if (pin === lastPin) return;
        const res = await unlockCaseFile(token, pin);
        if ("error" in res) setError(res.error ?? null);
        else setFile(res.file ?? null);
      }}
    >
      <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" maxLength={6} />
      <button>Open</button>
      {error && <p>{error}</p>}
      {file && <a href={`/api/lab/${token}/download`}>Download</a>}
    </form>
  );
}
