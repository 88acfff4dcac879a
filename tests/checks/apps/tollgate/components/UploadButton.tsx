"use client";

import { useState } from "react";
import { requestUpload } from "@/app/actions/documents";

export function UploadButton() {
  const [busy, setBusy] = useState(false);
  async function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy(true);
    const { url } = await requestUpload({ fileName: file.name, contentType: file.type });
    await fetch(url, { method: "PUT", body: file, headers: { "content-type": file.type } });
    setBusy(false);
  }
  return <input type="file" disabled={busy} onChange={onChange} />;
}
