"use server";

import { z } from "zod";
import { getCurrentUser } from "@/lib/auth-helpers";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { ExperimentResult } from "@/models/ExperimentResult";
import { requireOrgRole } from "@/lib/permissions";
import { experimentEventsSince, experimentSeries } from "@/lib/queries/experiments";

async function loadExperimentForUser(userId: string, experimentId: string) {
  // ok: missing-authorization
  const experiment = await prisma.experiment.findUnique({
    where: { id: experimentId },
    select: { id: true, orgId: true },
  });
  if (!experiment) throw new Error("Experiment not found");
  await requireOrgRole(userId, experiment.orgId, "viewer");
  return experiment;
}

// ok: missing-auth, missing-input-validation
export async function getExperimentSeries(experimentId: string, metric: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  const input = z
    .object({ id: z.string().cuid(), metric: z.enum(["conversions", "revenue", "exposures"]) })
    .parse({ id: experimentId, metric });
  const experiment = await loadExperimentForUser(user.id, input.id);
  const series = await experimentSeries(experiment.id, input.metric);
  // ok: excessive-data-exposure
  return series;
}

// ruleid: missing-input-validation
export async function getExperimentEvents(experimentId: string, since: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(experimentId);
  const experiment = await loadExperimentForUser(user.id, id);
  try {
    const rows = await experimentEventsSince(experiment.id, since);
    return { rows };
  } catch (err) {
    // ruleid: information-disclosure
    return { rows: [], error: String(err) };
  }
}

// ok: missing-auth, missing-input-validation
export async function getVariantSummary(experimentId: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(experimentId);
  await loadExperimentForUser(user.id, id);
  try {
    await connectMongo();
    const docs = await ExperimentResult.find({ experimentId: id }).select("variant exposures conversions").lean();
    // ok: excessive-data-exposure
    return docs;
  } catch (err) {
    // ok: information-disclosure
    throw new Error(`Could not load results: ${(err as Error).message}`);
  }
}

// ok: missing-auth, missing-input-validation
export async function getVariantDetails(experimentId: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(experimentId);
  await loadExperimentForUser(user.id, id);
  await connectMongo();
  const docs = await ExperimentResult.find({ experimentId: id }).lean();
  // ruleid: excessive-data-exposure
  return docs;
}

const Upload = z.object({
  experimentId: z.string().cuid(),
  variant: z.string().max(40),
  exposures: z.coerce.number().int().nonnegative(),
  conversions: z.coerce.number().int().nonnegative(),
  uploadToken: z.string().min(20),
});

/** Called by the results-uploader CLI; authenticated by the experiment's upload token. */
// ok: missing-input-validation
export async function uploadVariantResults(formData: FormData) {
  const input = Upload.parse(Object.fromEntries(formData));
  await connectMongo();
  const doc = await ExperimentResult.findOne({ experimentId: input.experimentId, variant: input.variant })
    .select("uploadToken")
    .lean<{ uploadToken?: string }>();
  // ruleid: timing-unsafe-comparison
  if (!doc?.uploadToken || doc.uploadToken !== input.uploadToken) throw new Error("Invalid upload token");
  await ExperimentResult.updateOne(
    { experimentId: input.experimentId, variant: input.variant },
    { $inc: { exposures: input.exposures, conversions: input.conversions } },
  );
  return { ok: true };
}
