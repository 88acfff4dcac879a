import dbConnect from "@/lib/mongodb";
import Appointment from "@/models/Appointment";

// ok: missing-auth -- admin key checked first (timing-unsafe, reported below)
export async function GET(req) {
  // ruleid: timing-unsafe-comparison -- a presented admin key against the configured one
  if (req.headers.get("x-admin-key") !== process.env.ADMIN_EXPORT_KEY) {
    return new Response("Unauthorized", { status: 401 });
  }
  await dbConnect();
  const rows = await Appointment.find({}, { doctor: 1, startsAt: 1, status: 1 }).lean();
  // ok: excessive-data-exposure -- projection
  return Response.json(rows);
}
