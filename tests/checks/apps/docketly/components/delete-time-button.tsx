"use client";

import { useTransition } from "react";
import { deleteTimeEntry } from "@/app/(staff)/time/actions";

export function DeleteTimeButton({ entryId }: { entryId: string }) {
  const [pending, start] = useTransition();
  return (
    <button disabled={pending} onClick={() => start(() => deleteTimeEntry(entryId))}>
      Delete
    </button>
  );
}
