"use client";

import { useState } from "react";

export function ClaimUploader({ claimId }: { claimId: string }) {
  const [status, setStatus] = useState("");
  async function onFile(f: File) {
    const fd = new FormData();
    fd.set("file", f);
    const res = await fetch(`/api/claims/${claimId}/photos`, { method: "POST", body: fd });
    setStatus(res.ok ? "Uploaded" : "Upload failed");
  }
  return (
    <div>
      <input type="file" accept="image/*" capture="environment" onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
      <span>{status}</span>
    </div>
  );
}
