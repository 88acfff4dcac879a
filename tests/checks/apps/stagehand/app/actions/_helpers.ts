// Plain server helpers (no "use server"): only callable from server code.
import "server-only";
import { db } from "@/lib/db/kysely";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/models/Ticket";

// ok: missing-auth, missing-input-validation
export async function hardDeleteVendor(vendorId: string) {
  await db.deleteFrom("pitch_applications").where("vendor_id", "=", vendorId).execute();
  await db.deleteFrom("vendors").where("id", "=", vendorId).execute();
}

// ok: missing-auth, missing-input-validation
export async function voidTicketsForOrder(orderId: string) {
  await connectMongo();
  await Ticket.updateMany({ orderId }, { $set: { status: "void" } });
}
