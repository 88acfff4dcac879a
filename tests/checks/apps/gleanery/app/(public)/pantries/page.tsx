import { listPublicPantries } from "@/lib/data/pantries";
import { PantryFinder } from "@/components/PantryFinder";

export const revalidate = 300;

export default async function PantriesPage() {
  const pantries = await listPublicPantries();
  return (
    <main>
      <h1>Find a pantry near you</h1>
      <PantryFinder pantries={pantries} />
    </main>
  );
}
