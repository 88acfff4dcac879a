"use client";

import { useTransition } from "react";
import { deletePet } from "@/app/(app)/pets/actions";

export function PetCard({ pet }: { pet: { id: string; name: string; species: string; photoUrl: string | null } }) {
  const [pending, start] = useTransition();
  return (
    <article className="rounded border p-4">
      {pet.photoUrl ? <img src={pet.photoUrl} alt="" className="h-24 w-24 rounded-full" /> : null}
      <h3>{pet.name}</h3>
      <p>{pet.species}</p>
      <button disabled={pending} onClick={() => start(() => deletePet(pet.id))}>
        Delete
      </button>
    </article>
  );
}
