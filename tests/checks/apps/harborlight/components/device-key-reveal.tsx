"use client";

import { useState } from "react";

// The raw key is shown once after creation.
export function DeviceKeyReveal({ apiKey, expectedPrefix }: { apiKey: string; expectedPrefix: string }) {
  const [copied, setCopied] = useState(false);
  // ok: timing-unsafe-comparison
  const looksRight = apiKey.slice(0, 11) === expectedPrefix;
  return (
    <div>
      <code>{looksRight ? apiKey : "invalid key"}</code>
      <button onClick={() => navigator.clipboard.writeText(apiKey).then(() => setCopied(true))}>{copied ? "Copied" : "Copy"}</button>
    </div>
  );
}
