"use client";

import { useAction } from "next-safe-action/hooks";
import { exportPatientList } from "@/app/actions/exports";

function download(csv: string, name: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

export function ExportButtons() {
  const { executeAsync, isExecuting } = useAction(exportPatientList);
  return (
    <button
      disabled={isExecuting}
      onClick={async () => {
        const res = await executeAsync({ status: "active" });
        if (res?.data) download(res.data, "patients.csv");
      }}
    >
      Export active patients
    </button>
  );
}
