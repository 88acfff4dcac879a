"use server";

import { headers } from "next/headers";
import { planner } from "@/lib/orpc/router";

// The berth planner grid calls these directly as server actions (oRPC "actionable" procedures);
// the same procedures are also served over HTTP from app/api/rpc.
// ok: missing-auth, missing-input-validation
export const plannerGrid = planner.grid.actionable({ context: async () => ({ headers: await headers() }) });

// ok: missing-auth, missing-input-validation
export const moveBookingOnPlanner = planner.moveBooking.actionable({ context: async () => ({ headers: await headers() }) });
