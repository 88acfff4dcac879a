"use client";

import { useState } from "react";

export function AuditExportButton({ action }: { action: () => Promise<string> }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        const csv = await action();
        const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
        const a = document.createElement("a");
        a.href = url;
        a.download = "audit-log.csv";
        a.click();
        setBusy(false);
      }}
    >
      Export CSV
    </button>
  );
}
