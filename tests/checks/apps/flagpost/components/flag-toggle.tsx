"use client";

import { useTransition } from "react";
import { toggleFlagById } from "@/app/(dashboard)/[org]/flags/toggle-action";

export function FlagToggle({ id, enabled }: { id: string; enabled: boolean }) {
  const [pending, start] = useTransition();
  return (
    <button
      disabled={pending}
      onClick={() => start(() => toggleFlagById(id, !enabled))}
      className={enabled ? "bg-green-600" : "bg-slate-400"}
    >
      {enabled ? "On" : "Off"}
    </button>
  );
}
