import { connectMongo } from "@/lib/db/mongo";
import { Telemetry } from "@/models/Telemetry";

export async function latestForArray(coopId: string, arrayId: string) {
  await connectMongo();
  return Telemetry.find({ coopId, arrayId }, { watts: 1, voltage: 1, recordedAt: 1 }).sort({ recordedAt: -1 }).limit(50).lean();
}
