"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { ScanLogModel } from "@/models/ScanLog";
import { centreAction } from "@/lib/safe-action";
import { requireCentreStaff } from "@/lib/dal";
import { withCentre } from "@/lib/wrappers";

const scanSchema = z.object({
  bagBarcode: z.string().regex(/^[A-Z0-9]{12}$/),
  location: z.enum(["collection", "lab", "fridge", "dispatch"]),
  temperatureC: z.number().min(-40).max(40).optional(),
});

// ok: missing-auth, missing-input-validation
export const logScan = centreAction
  .metadata({ actionName: "logScan", roles: ["nurse", "phlebotomist"] })
  .inputSchema(scanSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: mass-assignment
    const doc = await ScanLogModel.create({ ...parsedInput, centreId: ctx.centreId, scannedBy: ctx.user.id });
    // ok: excessive-data-exposure
    return { id: String(doc._id) };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function logScanQuick(formData: FormData) {
  const staff = await requireCentreStaff(["phlebotomist", "nurse"]);
  await connectMongo();
  const body = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await ScanLogModel.create({ ...body, centreId: staff.centreId, scannedBy: staff.user.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const bagHistory = centreAction
  .metadata({ actionName: "bagHistory" })
  .inputSchema(z.object({ bagBarcode: z.string().regex(/^[A-Z0-9]{12}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const docs = await ScanLogModel.find({ bagBarcode: parsedInput.bagBarcode, centreId: ctx.centreId })
      .select("location scannedBy temperatureC createdAt")
      .sort({ createdAt: 1 })
      .lean();
    // ok: excessive-data-exposure
    return docs;
  });

// ok: missing-auth, missing-input-validation
export const scansForDonor = withCentre(async (staff, donorId: string) => {
  const id = z.string().uuid().parse(donorId);
  await connectMongo();
  // ruleid: missing-authorization
  const docs = await ScanLogModel.find({ donorId: id }).lean();
  // ruleid: excessive-data-exposure
  return docs;
});

// ok: missing-auth, missing-input-validation
export async function recentScans() {
  const staff = await requireCentreStaff();
  await connectMongo();
  const docs = await ScanLogModel.find({ centreId: staff.centreId }).sort({ createdAt: -1 }).limit(50).lean();
  // ok: excessive-data-exposure
  return docs.map((d) => ({ id: String(d._id), bag: d.bagBarcode, location: d.location, at: d.createdAt }));
}
