"use client";

import { useServerAction } from "zsa-react";
import { registerChild } from "@/app/actions/registration";

export function RegistrationForm() {
  const { execute, isPending, error } = useServerAction(registerChild);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        await execute({ season: String(fd.get("season")), child: Object.fromEntries(fd) });
      }}
      className="space-y-3"
    >
      <input name="firstName" className="input" />
      <input name="lastName" className="input" />
      <input name="dateOfBirth" type="date" className="input" />
      <select name="season" className="input">
        <option value="2027-spring">Spring 2027</option>
      </select>
      {error && <p className="text-red-600">{error.message}</p>}
      <button disabled={isPending} className="btn">
        Register
      </button>
    </form>
  );
}
