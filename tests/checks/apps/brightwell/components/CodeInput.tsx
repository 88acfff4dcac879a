"use client";

import { useState } from "react";

export function CodeInput({ resend, expectedLength = 6 }: { resend: (fd: FormData) => Promise<unknown>; expectedLength?: number }) {
  const [code, setCode] = useState("");
  const [lastCode, setLastCode] = useState("");
  // ok: timing-unsafe-comparison
  const repeated = code.length === expectedLength && code === lastCode;
  return (
    <form action={resend} onSubmit={() => setLastCode(code)}>
      <input name="code" inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} />
      {repeated && <p>That code was already tried.</p>}
      <button>Resend code</button>
    </form>
  );
}
