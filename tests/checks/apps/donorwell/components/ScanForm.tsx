"use client";

import { useAction } from "next-safe-action/hooks";
import { logScan } from "@/app/actions/scans";

export function ScanForm() {
  const { execute, status } = useAction(logScan);
  return (
    <form action={(fd) => execute({ bagBarcode: String(fd.get("bag")), location: "fridge" })}>
      <input name="bag" autoFocus />
      <button>Log</button>
      <span>{status}</span>
    </form>
  );
}
