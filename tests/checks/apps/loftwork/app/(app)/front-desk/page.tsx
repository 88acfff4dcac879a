import { requireRole } from "@/lib/session";
import { db } from "@/lib/db";
import { checkInVisitor } from "@/app/actions/visitors";

export default async function FrontDeskPage({ searchParams }: { searchParams: Promise<{ location?: string }> }) {
  await requireRole("front_desk");
  const { location } = await searchParams;
  const visitors = location
    ? await db
        .selectFrom("visitors")
        .select(["id", "full_name", "checked_in_at"])
        .where("location_id", "=", location)
        .where("checked_out_at", "is", null)
        .execute()
    : [];
  return (
    <div>
      <h1 className="text-2xl font-semibold mb-4">Front desk</h1>
      <ul className="divide-y">
        {visitors.map((v) => (
          <li key={v.id} className="flex justify-between py-2">
            <span>{v.full_name}</span>
            {/* ok: missing-auth */}
            {!v.checked_in_at && <form action={async () => {
                "use server";
                await checkInVisitor({ visitorId: v.id });
              }}>
                <button className="btn-secondary">Check in</button>
              </form>}
          </li>
        ))}
      </ul>
    </div>
  );
}
