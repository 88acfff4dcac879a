"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { orderLab } from "@/app/actions/labs";

const PANELS = ["FBC", "U&E", "LFT", "HbA1c", "TSH", "Lipids"];

export function LabOrderForm({ patientId }: { patientId: string }) {
  const [tests, setTests] = useState<string[]>([]);
  const [priority, setPriority] = useState<"routine" | "urgent">("routine");
  const { execute, result, isExecuting } = useAction(orderLab);
  return (
    <div>
      {PANELS.map((p) => (
        <label key={p}>
          <input type="checkbox" checked={tests.includes(p)} onChange={(e) => setTests(e.target.checked ? [...tests, p] : tests.filter((t) => t !== p))} />
          {p}
        </label>
      ))}
      <select value={priority} onChange={(e) => setPriority(e.target.value as "routine" | "urgent")}>
        <option value="routine">Routine</option>
        <option value="urgent">Urgent</option>
      </select>
      <button disabled={isExecuting || tests.length === 0} onClick={() => execute({ patientId, tests, priority })}>
        Order
      </button>
      {result.data?.orderId && <small>Ordered #{result.data.orderId}</small>}
      {result.serverError && <p className="error">{result.serverError}</p>}
    </div>
  );
}
