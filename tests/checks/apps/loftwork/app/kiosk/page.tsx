import { requireRole } from "@/lib/session";
import { KioskCheckIn } from "@/components/kiosk-checkin";

export default async function KioskPage({ searchParams }: { searchParams: Promise<{ location?: string }> }) {
  await requireRole("front_desk");
  const { location } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center bg-white p-12">
      <div className="w-full max-w-xl">
        <h1 className="mb-8 text-center text-4xl font-bold">Welcome to Loftwork</h1>
        <KioskCheckIn locationId={location ?? ""} />
      </div>
    </main>
  );
}
