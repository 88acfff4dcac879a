import { db } from "@/lib/db";
import { TourForm } from "@/components/tour-form";

export default async function TourPage() {
  const locations = await db.selectFrom("locations").select(["id", "name"]).where("is_public", "=", 1).execute();
  return (
    <main className="mx-auto max-w-lg p-8">
      <h1 className="text-2xl font-semibold mb-4">Come see us</h1>
      <TourForm locations={locations} />
    </main>
  );
}
