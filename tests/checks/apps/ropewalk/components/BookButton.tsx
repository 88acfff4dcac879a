"use client";

import { useActionState } from "react";
import { bookClass } from "@/app/actions/classes";

export default function BookButton({ classId }: { classId: string }) {
  const [state, action, pending] = useActionState(bookClass, undefined);
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      <select name="guests" defaultValue="0">
        <option value="0">Just me</option>
        <option value="1">+1 guest</option>
        <option value="2">+2 guests</option>
      </select>
      <button disabled={pending}>Book</button>
      {state && "error" in state && <p className="text-red-600">{state.error}</p>}
    </form>
  );
}
