"use client";

import { useEffect, useState } from "react";

type Row = { bib: number; display_name: string; chip_time_ms: number; age_group: string };

function fmt(ms: number) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

export function ResultsTable({ raceId }: { raceId: string }) {
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    fetch(`/api/results/${raceId}`).then((r) => r.json()).then(setRows);
  }, [raceId]);
  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={r.bib}>
            <td>{r.bib}</td>
            <td>{r.display_name}</td>
            <td>{r.age_group}</td>
            <td>{fmt(r.chip_time_ms)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
