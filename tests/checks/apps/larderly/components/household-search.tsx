"use client";

import { useServerAction } from "zsa-react";
import { lookupHouseholdByPhone } from "@/app/(staff)/households/actions";

export function HouseholdSearch() {
  const { execute, data, isPending } = useServerAction(lookupHouseholdByPhone);
  return (
    <form onSubmit={(e) => { e.preventDefault(); execute({ phone: new FormData(e.currentTarget).get("phone") as string }); }}>
      <input name="phone" />
      <button disabled={isPending}>Find</button>
      {data && <p>{data.headName}</p>}
    </form>
  );
}
