"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { updateFee } from "@/app/actions/admin";

export function FeeEditor({ fee }: { fee: { id: number; name: string; percent: number; active: boolean } }) {
  const [percent, setPercent] = useState(fee.percent);
  const [active, setActive] = useState(fee.active);
  const { execute, isPending, result } = useAction(updateFee);
  return (
    <div className="flex items-center gap-2">
      <span>{fee.name}</span>
      <input type="number" step="0.05" value={percent} onChange={(e) => setPercent(Number(e.target.value))} />
      <label><input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> active</label>
      <button disabled={isPending} onClick={() => execute({ id: fee.id, percent, active })}>Save</button>
      {result.serverError ? <span role="alert">{result.serverError}</span> : null}
    </div>
  );
}
