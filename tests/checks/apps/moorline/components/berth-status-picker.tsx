"use client";

import { useTransition } from "react";
import { setBerthStatus } from "@/app/(dashboard)/marinas/[marinaId]/berths/actions";

const STATUSES = ["free", "occupied", "reserved", "maintenance"] as const;

export function BerthStatusPicker({ marinaId, berthId, status }: { marinaId: string; berthId: string; status: string }) {
  const [pending, start] = useTransition();
  return (
    <select
      disabled={pending}
      defaultValue={status}
      onChange={(e) => start(async () => void (await setBerthStatus({ marinaId, berthId, status: e.target.value as (typeof STATUSES)[number] })))}
    >
      {STATUSES.map((s) => (
        <option key={s}>{s}</option>
      ))}
    </select>
  );
}
