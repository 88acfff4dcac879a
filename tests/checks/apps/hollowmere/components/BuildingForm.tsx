"use client";

import { useActionState } from "react";
import { createBuilding } from "@/app/actions/admin";

export function BuildingForm() {
  const [result, action, pending] = useActionState(createBuilding, undefined);
  return (
    <form action={action} className="flex gap-2">
      <input name="name" placeholder="Building name" required />
      <input name="address" placeholder="Street address" required />
      <button disabled={pending}>Add building</button>
      {result?.status === "error" && <span className="error">Check the fields.</span>}
    </form>
  );
}
