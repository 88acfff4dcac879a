"use client";

import { useEffect, useState } from "react";

export function UsageChart({ meterId }: { meterId: string }) {
  const [rows, setRows] = useState<{ day: string; kwh: number }[]>([]);
  useEffect(() => {
    fetch(`/api/meters/${meterId}/usage?bucket=1%20day&from=2025-01-01`)
      .then((r) => r.json())
      .then(setRows)
      .catch(() => setRows([]));
  }, [meterId]);
  const max = Math.max(1, ...rows.map((r) => r.kwh));
  return (
    <div className="flex items-end gap-px h-32">
      {rows.map((r) => (
        <div key={r.day} title={`${r.day}: ${r.kwh.toFixed(1)} kWh`} style={{ height: `${(r.kwh / max) * 100}%` }} className="w-1 bg-emerald-500" />
      ))}
    </div>
  );
}
